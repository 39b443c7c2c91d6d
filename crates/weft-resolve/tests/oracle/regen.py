"""Regenerates tests/cjs_oracle.rs and tests/esm_oracle.rs from the reference Node 26.

Each case is (specifier, test name); the expected value of each test is what the oracle
prints for it. Run: python3 crates/weft-resolve/tests/oracle/regen.py"""
import json, os, subprocess

CJS = [
 ("./a/file", "cjs_relative_without_extension_finds_js"),
 ("./a/data", "cjs_relative_without_extension_finds_json"),
 ("./a/both", "cjs_relative_js_and_json_prefers_js"),
 ("./a/only", "cjs_relative_only_cjs_exists_not_found"),
 ("./a/only.cjs", "cjs_relative_with_cjs_extension_finds_it"),
 ("./a/noext", "cjs_relative_extensionless_file_finds_it"),
 ("./a/nope", "cjs_relative_missing_module_not_found_with_stack"),
 ("./a/dir-main", "cjs_directory_with_main_dir_finds_main_index"),
 ("./a/dir-main/", "cjs_directory_trailing_slash_finds_main_index"),
 ("./a/dir-index", "cjs_directory_without_package_json_finds_index"),
 ("./a/dir-main-missing", "cjs_directory_main_missing_falls_back_to_index"),
 ("./a/dir-main-json", "cjs_directory_main_without_extension_finds_json"),
 ("./a/dir-bad-json", "cjs_directory_invalid_package_json_invalid_package_config"),
 ("./a/dir-empty", "cjs_directory_without_index_not_found"),
 ("./a/link.js", "cjs_symlinked_file_resolves_to_realpath"),
 ("./a/link", "cjs_symlink_via_extension_resolves_to_realpath"),
 (".", "cjs_dot_finds_own_directory_index"),
 ("./a/", "cjs_trailing_slash_on_plain_dir_not_found"),
 ("plain", "cjs_package_without_exports_uses_main_with_extension"),
 ("plain/sub", "cjs_package_subpath_without_exports_probes_extensions"),
 ("nomain", "cjs_package_without_main_finds_index"),
 ("nomain/x", "cjs_package_subpath_without_extension_finds_json"),
 ("nopkgjson", "cjs_package_without_package_json_finds_index"),
 ("badmain", "cjs_package_main_and_index_missing_invalid_main_message"),
 ("linked", "cjs_symlinked_package_resolves_to_realpath"),
 ("exp-str", "cjs_exports_string_finds_target"),
 ("exp-str/other", "cjs_exports_string_subpath_not_exported"),
 ("exp-map", "cjs_exports_main_conditions_picks_require"),
 ("exp-map/sub", "cjs_exports_subpath_finds_target"),
 ("exp-map/feat/one", "cjs_exports_pattern_substitutes_star"),
 ("exp-map/feat/private/p", "cjs_exports_null_pattern_not_exported"),
 ("exp-map/cond", "cjs_exports_conditions_in_object_order_picks_node"),
 ("exp-map/bad", "cjs_exports_target_without_dot_slash_invalid_target"),
 ("exp-map/escape", "cjs_exports_target_with_dotdot_invalid_target"),
 ("exp-map/nm", "cjs_exports_target_in_node_modules_invalid_target"),
 ("exp-map/missing", "cjs_exports_target_missing_not_found_without_stack"),
 ("exp-map/array", "cjs_exports_array_takes_first_valid_target"),
 ("exp-map/lib/l.js", "cjs_exports_folder_mapping_not_exported"),
 ("exp-map/nothing", "cjs_exports_no_matching_condition_not_exported"),
 ("exp-map/deep/y/x", "cjs_exports_pattern_with_trailer_matches"),
 ("exp-map/feat/nope", "cjs_exports_pattern_target_missing_not_found"),
 ("exp-map/feat/%2e%2e/sub", "cjs_exports_pattern_match_with_dotdot_invalid_specifier"),
 ("exp-nodot", "cjs_exports_without_main_no_main_defined"),
 ("exp-sugar", "cjs_exports_condition_sugar_picks_default"),
 ("exp-mixed", "cjs_exports_mixed_keys_invalid_package_config"),
 ("ms", "cjs_exports_module_sync_condition_is_active"),
 ("@scope/pkg/x", "cjs_scoped_package_subpath_finds_target"),
 ("@scope/nope", "cjs_scoped_package_missing_not_found"),
 ("proj", "cjs_self_reference_finds_main_export"),
 ("proj/feature", "cjs_self_reference_subpath_picks_require"),
 ("proj/nope", "cjs_self_reference_not_exported_names_parent"),
 ("#dep", "cjs_imports_bare_target_resolves_package"),
 ("#internal/a", "cjs_imports_pattern_finds_file"),
 ("#internal/zz", "cjs_imports_pattern_missing_not_found"),
 ("#null", "cjs_imports_null_target_not_defined"),
 ("#nope", "cjs_imports_unknown_not_defined"),
 ("#/x/a", "cjs_imports_hash_slash_key_allowed"),
 ("#", "cjs_imports_bare_hash_invalid_specifier"),
 ("fs", "cjs_builtin_bare_is_builtin"),
 ("node:fs", "cjs_builtin_node_prefix_is_builtin"),
 ("fs/promises", "cjs_builtin_subpath_is_builtin"),
 ("node:test", "cjs_builtin_scheme_only_with_prefix_is_builtin"),
 ("test", "cjs_builtin_scheme_only_without_prefix_not_found"),
 ("node:nope", "cjs_builtin_unknown_node_name_unknown_builtin"),
 ("/abs/nope", "cjs_absolute_missing_not_found"),
 ("./a/file.js/", "cjs_trailing_slash_on_file_not_found"),
 ("./a/dir-bad-json/index.js", "cjs_file_in_invalid_package_scope_resolves"),
]
CJS_DEEP = [
 ("plain", "cjs_node_modules_nearest_directory_wins"),
 ("exp-str", "cjs_node_modules_walks_up_parents"),
 ("../../a/file", "cjs_relative_dotdot_from_nested_parent_finds_file"),
]
ESM = [
 ("./a/file", "esm_relative_without_extension_not_found_with_hint"),
 ("./a/file.js", "esm_relative_with_extension_finds_file"),
 ("./a/only.cjs", "esm_relative_cjs_file_finds_it"),
 ("./a/noext", "esm_relative_extensionless_file_finds_it"),
 ("./a/nope", "esm_relative_missing_not_found_without_hint"),
 ("./a/only", "esm_relative_only_cjs_exists_not_found_without_hint"),
 ("./a/dir-index", "esm_directory_unsupported_dir_import_with_hint"),
 ("./a/dir-main", "esm_directory_with_main_unsupported_dir_import_with_hint"),
 ("./a/dir-empty", "esm_directory_without_index_unsupported_without_hint"),
 ("./a/", "esm_trailing_slash_dir_unsupported_keeps_slash"),
 ("./a/link.js", "esm_symlinked_file_resolves_to_realpath"),
 ("./a/file.js/", "esm_trailing_slash_on_file_unsupported_dir_import"),
 ("./a/nope/", "esm_trailing_slash_on_missing_path_unsupported_dir_import"),
 ("./a/dir-bad-json/index.js", "esm_file_in_invalid_package_scope_invalid_package_config"),
 ("../proj/a/dir-index", "esm_dotdot_relative_dir_hint_is_relative_to_parent"),
 ("./a/data.json", "esm_json_file_finds_it"),
 ("./a/file.js?q=1#h", "esm_query_and_fragment_are_dropped"),
 ("./a/fi%6Ce.js", "esm_percent_encoded_path_is_decoded"),
 ("./a%2Ffile.js", "esm_encoded_slash_invalid_specifier"),
 ("/abs/nope", "esm_absolute_missing_not_found"),
 ("file:///abs/nope", "esm_file_url_missing_not_found"),
 ("file://host/x", "esm_file_url_with_host_invalid_host"),
 ("plain", "esm_package_without_exports_uses_legacy_main"),
 ("plain/sub", "esm_package_subpath_without_extension_not_found_with_hint"),
 ("plain/sub.js", "esm_package_subpath_with_extension_finds_file"),
 ("nomain", "esm_package_without_main_finds_index"),
 ("nomain2", "esm_package_without_main_or_index_names_index_js"),
 ("nm3", "esm_package_main_directory_finds_index_json"),
 ("badmain", "esm_package_main_missing_cannot_find_package_path"),
 ("nope", "esm_package_missing_cannot_find_package"),
 ("nope/sub", "esm_package_subpath_missing_cannot_find_package"),
 ("linked", "esm_symlinked_package_resolves_to_realpath"),
 ("exp-str/other", "esm_exports_string_subpath_not_exported_imported_from"),
 ("exp-map", "esm_exports_main_conditions_picks_import"),
 ("exp-map/feat/one", "esm_exports_pattern_substitutes_star"),
 ("exp-map/feat/private/p", "esm_exports_null_pattern_not_exported"),
 ("exp-map/cond", "esm_exports_conditions_in_object_order_picks_import"),
 ("exp-map/node-first", "esm_exports_node_before_import_picks_node"),
 ("exp-map/bad", "esm_exports_target_without_dot_slash_invalid_target"),
 ("exp-map/escape", "esm_exports_target_with_dotdot_invalid_target"),
 ("exp-map/missing", "esm_exports_target_missing_not_found"),
 ("exp-map/array", "esm_exports_array_takes_first_valid_target"),
 ("exp-nodot", "esm_exports_without_main_no_main_defined"),
 ("exp-sugar", "esm_exports_condition_sugar_picks_import"),
 ("exp-mixed", "esm_exports_mixed_keys_invalid_package_config"),
 ("ms", "esm_exports_module_sync_condition_is_active"),
 ("esm-main", "esm_type_module_package_main_without_extension_finds_file"),
 ("@scope/pkg", "esm_scoped_package_without_main_export_no_main_defined"),
 ("proj/feature", "esm_self_reference_subpath_picks_import"),
 ("proj/nope", "esm_self_reference_not_exported"),
 ("#dep", "esm_imports_bare_target_resolves_package"),
 ("#internal/a", "esm_imports_pattern_finds_file"),
 ("#internal/zz", "esm_imports_pattern_missing_not_found"),
 ("#null", "esm_imports_null_target_not_defined"),
 ("#", "esm_imports_bare_hash_invalid_specifier"),
 ("fs", "esm_builtin_bare_is_builtin"),
 ("fs/promises", "esm_builtin_subpath_is_builtin"),
 ("node:test", "esm_builtin_scheme_only_with_prefix_is_builtin"),
 ("test", "esm_builtin_scheme_only_without_prefix_cannot_find_package"),
 ("http://x/y.js", "esm_http_url_unsupported_scheme"),
 ("nope:xx", "esm_unknown_scheme_unsupported_scheme"),
]
T = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = os.environ.get('NODE', os.path.join(T, '../../../.oracle/node/bin/node'))

def run(args, cwd=None):
    return subprocess.run([N]+args, capture_output=True, text=True, cwd=cwd).stdout.splitlines()
def parse(line, spec):
    head = line.split(' ', 2)
    rest = head[2][len(spec)+1:]
    if rest.startswith('=> '):
        return ('ok', rest[3:])
    assert rest.startswith('ERR '), line
    code, tail = rest[4:].split(' ', 1)
    msg, end = json.JSONDecoder().raw_decode(tail)
    stack = None
    t = tail[end:].strip()
    if t.startswith('stack='):
        v = t[6:]
        stack = None if v == 'undefined' else json.loads(v)
    return ('err', code, msg, stack)
def rs(s): return json.dumps(s, ensure_ascii=False)
def emit(kind, parent, spec, name, res):
    call = f'{kind}({rs(parent)}, {rs(spec)})'
    if res[0] == 'ok':
        v = res[1]
        if v.startswith('file://') or v.startswith('<F>'):
            v = v.removeprefix('file://').split('?')[0].split('#')[0]
            return f'#[test]\nfn {name}() {{\n    assert_file({call}, {rs(v)});\n}}\n'
        v = v.removeprefix('node:')
        return f'#[test]\nfn {name}() {{\n    assert_builtin({call}, {rs(v)});\n}}\n'
    _, code, msg, stack = res
    st = 'None' if stack is None else 'Some(&[' + ', '.join(rs(x) for x in stack) + '])'
    return f'#[test]\nfn {name}() {{\n    assert_error({call}, {rs(code)}, {rs(msg)}, {st});\n}}\n'
HEAD = '''//! {what}
//! Every expected value below is what the reference runtime, Node 26.10.0
//! (`.oracle/node/bin/node`), gave for the same case on `tests/fixtures` (checked against the
//! oracle with {how}; `<F>` is the fixtures directory).

mod common;
use common::*;
'''
out = HEAD.format(what='`require` resolution ("Modules: CommonJS modules, All together") checked against Node 26.', how='`tests/oracle/probe.mjs cjs PARENT SPEC...`')
specs = [s for s, _ in CJS]
lines = run(['probe.mjs', 'cjs', 'proj/entry.js'] + specs, cwd=T+'/oracle')
for (spec, name), line in zip(CJS, lines):
    out += '\n' + emit('require', 'proj/entry.js', spec, name, parse(line, spec))
lines = run(['probe.mjs', 'cjs', 'proj/sub/deep/file.js'] + [s for s, _ in CJS_DEEP], cwd=T+'/oracle')
for (spec, name), line in zip(CJS_DEEP, lines):
    out += '\n' + emit('require', 'proj/sub/deep/file.js', spec, name, parse(line, spec))
open(T+'/cjs_oracle.rs', 'w').write(out)
out = HEAD.format(what='`import` resolution ("ECMAScript modules, Resolution algorithm") checked against Node 26.', how='`node tests/fixtures/proj/entry.mjs SPEC...`')
lines = run(['entry.mjs'] + [s for s, _ in ESM], cwd=T+'/fixtures/proj')
for (spec, name), line in zip(ESM, lines):
    out += '\n' + emit('import', 'proj/entry.mjs', spec, name, parse(line, spec))
open(T+'/esm_oracle.rs', 'w').write(out)
