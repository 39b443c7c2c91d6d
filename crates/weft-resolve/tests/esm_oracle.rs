//! `import` resolution ("ECMAScript modules, Resolution algorithm") checked against Node 26.
//! Every expected value below is what the reference runtime, Node 26.10.0
//! (`.oracle/node/bin/node`), gave for the same case on `tests/fixtures` (checked against the
//! oracle with `node tests/fixtures/proj/entry.mjs SPEC...`; `<F>` is the fixtures directory).

mod common;
use common::*;

#[test]
fn esm_relative_without_extension_not_found_with_hint() {
    assert_error(import("proj/entry.mjs", "./a/file"), "ERR_MODULE_NOT_FOUND", "Cannot find module '<F>/proj/a/file' imported from <F>/proj/entry.mjs\nDid you mean to import \"./a/file.js\"?", None);
}

#[test]
fn esm_relative_with_extension_finds_file() {
    assert_file(
        import("proj/entry.mjs", "./a/file.js"),
        "<F>/proj/a/file.js",
    );
}

#[test]
fn esm_relative_cjs_file_finds_it() {
    assert_file(
        import("proj/entry.mjs", "./a/only.cjs"),
        "<F>/proj/a/only.cjs",
    );
}

#[test]
fn esm_relative_extensionless_file_finds_it() {
    assert_file(import("proj/entry.mjs", "./a/noext"), "<F>/proj/a/noext");
}

#[test]
fn esm_relative_missing_not_found_without_hint() {
    assert_error(
        import("proj/entry.mjs", "./a/nope"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/a/nope' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_relative_only_cjs_exists_not_found_without_hint() {
    assert_error(
        import("proj/entry.mjs", "./a/only"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/a/only' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_directory_unsupported_dir_import_with_hint() {
    assert_error(import("proj/entry.mjs", "./a/dir-index"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/dir-index' is not supported resolving ES modules imported from <F>/proj/entry.mjs\nDid you mean to import \"./a/dir-index/index.js\"?", None);
}

#[test]
fn esm_directory_with_main_unsupported_dir_import_with_hint() {
    assert_error(import("proj/entry.mjs", "./a/dir-main"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/dir-main' is not supported resolving ES modules imported from <F>/proj/entry.mjs\nDid you mean to import \"./a/dir-main/lib/index.js\"?", None);
}

#[test]
fn esm_directory_without_index_unsupported_without_hint() {
    assert_error(import("proj/entry.mjs", "./a/dir-empty"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/dir-empty' is not supported resolving ES modules imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_trailing_slash_dir_unsupported_keeps_slash() {
    assert_error(import("proj/entry.mjs", "./a/"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/' is not supported resolving ES modules imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_symlinked_file_resolves_to_realpath() {
    assert_file(
        import("proj/entry.mjs", "./a/link.js"),
        "<F>/proj/a/file.js",
    );
}

#[test]
fn esm_trailing_slash_on_file_unsupported_dir_import() {
    assert_error(import("proj/entry.mjs", "./a/file.js/"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/file.js/' is not supported resolving ES modules imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_trailing_slash_on_missing_path_unsupported_dir_import() {
    assert_error(import("proj/entry.mjs", "./a/nope/"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/nope/' is not supported resolving ES modules imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_file_in_invalid_package_scope_invalid_package_config() {
    assert_error(
        import("proj/entry.mjs", "./a/dir-bad-json/index.js"),
        "ERR_INVALID_PACKAGE_CONFIG",
        "Invalid package config <F>/proj/a/dir-bad-json/package.json.",
        None,
    );
}

#[test]
fn esm_dotdot_relative_dir_hint_is_relative_to_parent() {
    assert_error(import("proj/entry.mjs", "../proj/a/dir-index"), "ERR_UNSUPPORTED_DIR_IMPORT", "Directory import '<F>/proj/a/dir-index' is not supported resolving ES modules imported from <F>/proj/entry.mjs\nDid you mean to import \"./a/dir-index/index.js\"?", None);
}

#[test]
fn esm_json_file_finds_it() {
    assert_file(
        import("proj/entry.mjs", "./a/data.json"),
        "<F>/proj/a/data.json",
    );
}

#[test]
fn esm_query_and_fragment_are_dropped() {
    assert_file(
        import("proj/entry.mjs", "./a/file.js?q=1#h"),
        "<F>/proj/a/file.js",
    );
}

#[test]
fn esm_percent_encoded_path_is_decoded() {
    assert_file(
        import("proj/entry.mjs", "./a/fi%6Ce.js"),
        "<F>/proj/a/file.js",
    );
}

#[test]
fn esm_encoded_slash_invalid_specifier() {
    assert_error(import("proj/entry.mjs", "./a%2Ffile.js"), "ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"<F>/proj/a%2Ffile.js\" must not include encoded \"/\" or \"\\\" characters imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_absolute_missing_not_found() {
    assert_error(
        import("proj/entry.mjs", "/abs/nope"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find module '/abs/nope' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_file_url_missing_not_found() {
    assert_error(
        import("proj/entry.mjs", "file:///abs/nope"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find module '/abs/nope' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_file_url_with_host_invalid_host() {
    assert_error(
        import("proj/entry.mjs", "file://host/x"),
        "ERR_INVALID_FILE_URL_HOST",
        "File URL host must be \"localhost\" or empty on linux",
        None,
    );
}

#[test]
fn esm_package_without_exports_uses_legacy_main() {
    assert_file(
        import("proj/entry.mjs", "plain"),
        "<F>/proj/node_modules/plain/lib/main.js",
    );
}

#[test]
fn esm_package_subpath_without_extension_not_found_with_hint() {
    assert_error(import("proj/entry.mjs", "plain/sub"), "ERR_MODULE_NOT_FOUND", "Cannot find module '<F>/proj/node_modules/plain/sub' imported from <F>/proj/entry.mjs\nDid you mean to import \"plain/sub.js\"?", None);
}

#[test]
fn esm_package_subpath_with_extension_finds_file() {
    assert_file(
        import("proj/entry.mjs", "plain/sub.js"),
        "<F>/proj/node_modules/plain/sub.js",
    );
}

#[test]
fn esm_package_without_main_finds_index() {
    assert_file(
        import("proj/entry.mjs", "nomain"),
        "<F>/proj/node_modules/nomain/index.js",
    );
}

#[test]
fn esm_package_without_main_or_index_names_index_js() {
    assert_error(import("proj/entry.mjs", "nomain2"), "ERR_MODULE_NOT_FOUND", "Cannot find package '<F>/proj/node_modules/nomain2/index.js' imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_package_main_directory_finds_index_json() {
    assert_file(
        import("proj/entry.mjs", "nm3"),
        "<F>/proj/node_modules/nm3/x/index.json",
    );
}

#[test]
fn esm_package_main_missing_cannot_find_package_path() {
    assert_error(import("proj/entry.mjs", "badmain"), "ERR_MODULE_NOT_FOUND", "Cannot find package '<F>/proj/node_modules/badmain/gone.js' imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_package_missing_cannot_find_package() {
    assert_error(
        import("proj/entry.mjs", "nope"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find package 'nope' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_package_subpath_missing_cannot_find_package() {
    assert_error(
        import("proj/entry.mjs", "nope/sub"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find package 'nope' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_symlinked_package_resolves_to_realpath() {
    assert_file(import("proj/entry.mjs", "linked"), "<F>/linked-target/t.js");
}

#[test]
fn esm_exports_string_subpath_not_exported_imported_from() {
    assert_error(import("proj/entry.mjs", "exp-str/other"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './other' is not defined by \"exports\" in <F>/proj/node_modules/exp-str/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_exports_main_conditions_picks_import() {
    assert_file(
        import("proj/entry.mjs", "exp-map"),
        "<F>/proj/node_modules/exp-map/m.mjs",
    );
}

#[test]
fn esm_exports_pattern_substitutes_star() {
    assert_file(
        import("proj/entry.mjs", "exp-map/feat/one"),
        "<F>/proj/node_modules/exp-map/feat/one.js",
    );
}

#[test]
fn esm_exports_null_pattern_not_exported() {
    assert_error(import("proj/entry.mjs", "exp-map/feat/private/p"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './feat/private/p' is not defined by \"exports\" in <F>/proj/node_modules/exp-map/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_exports_conditions_in_object_order_picks_import() {
    assert_file(
        import("proj/entry.mjs", "exp-map/cond"),
        "<F>/proj/node_modules/exp-map/c.mjs",
    );
}

#[test]
fn esm_exports_node_before_import_picks_node() {
    assert_file(
        import("proj/entry.mjs", "exp-map/node-first"),
        "<F>/proj/node_modules/exp-map/n.js",
    );
}

#[test]
fn esm_exports_target_without_dot_slash_invalid_target() {
    assert_error(import("proj/entry.mjs", "exp-map/bad"), "ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"bad.js\" defined for './bad' in the package config <F>/proj/node_modules/exp-map/package.json imported from <F>/proj/entry.mjs; targets must start with \"./\"", None);
}

#[test]
fn esm_exports_target_with_dotdot_invalid_target() {
    assert_error(import("proj/entry.mjs", "exp-map/escape"), "ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"./../outside.js\" defined for './escape' in the package config <F>/proj/node_modules/exp-map/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_exports_target_missing_not_found() {
    assert_error(import("proj/entry.mjs", "exp-map/missing"), "ERR_MODULE_NOT_FOUND", "Cannot find module '<F>/proj/node_modules/exp-map/not-there.js' imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_exports_array_takes_first_valid_target() {
    assert_error(import("proj/entry.mjs", "exp-map/array"), "ERR_MODULE_NOT_FOUND", "Cannot find module '<F>/proj/node_modules/exp-map/not-valid:x' imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_exports_without_main_no_main_defined() {
    assert_error(import("proj/entry.mjs", "exp-nodot"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "No \"exports\" main defined in <F>/proj/node_modules/exp-nodot/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_exports_condition_sugar_picks_import() {
    assert_file(
        import("proj/entry.mjs", "exp-sugar"),
        "<F>/proj/node_modules/exp-sugar/i.mjs",
    );
}

#[test]
fn esm_exports_mixed_keys_invalid_package_config() {
    assert_error(import("proj/entry.mjs", "exp-mixed"), "ERR_INVALID_PACKAGE_CONFIG", "Invalid package config <F>/proj/node_modules/exp-mixed/package.json while importing file://<F>/proj/entry.mjs. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.", None);
}

#[test]
fn esm_exports_module_sync_condition_is_active() {
    assert_file(
        import("proj/entry.mjs", "ms"),
        "<F>/proj/node_modules/ms/ms.js",
    );
}

#[test]
fn esm_type_module_package_main_without_extension_finds_file() {
    assert_file(
        import("proj/entry.mjs", "esm-main"),
        "<F>/proj/node_modules/esm-main/lib/entry.js",
    );
}

#[test]
fn esm_scoped_package_without_main_export_no_main_defined() {
    assert_error(import("proj/entry.mjs", "@scope/pkg"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "No \"exports\" main defined in <F>/proj/node_modules/@scope/pkg/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_self_reference_subpath_picks_import() {
    assert_file(
        import("proj/entry.mjs", "proj/feature"),
        "<F>/proj/feature.mjs",
    );
}

#[test]
fn esm_self_reference_not_exported() {
    assert_error(import("proj/entry.mjs", "proj/nope"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './nope' is not defined by \"exports\" in <F>/proj/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_imports_bare_target_resolves_package() {
    assert_file(
        import("proj/entry.mjs", "#dep"),
        "<F>/proj/node_modules/dep-pkg/index.js",
    );
}

#[test]
fn esm_imports_pattern_finds_file() {
    assert_file(
        import("proj/entry.mjs", "#internal/a"),
        "<F>/proj/src/internal/a.js",
    );
}

#[test]
fn esm_imports_pattern_missing_not_found() {
    assert_error(
        import("proj/entry.mjs", "#internal/zz"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/src/internal/zz.js' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_imports_null_target_not_defined() {
    assert_error(import("proj/entry.mjs", "#null"), "ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"#null\" is not defined in package <F>/proj/package.json imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_imports_bare_hash_invalid_specifier() {
    assert_error(import("proj/entry.mjs", "#"), "ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"#\" is not a valid internal imports specifier name imported from <F>/proj/entry.mjs", None);
}

#[test]
fn esm_builtin_bare_is_builtin() {
    assert_builtin(import("proj/entry.mjs", "fs"), "fs");
}

#[test]
fn esm_builtin_subpath_is_builtin() {
    assert_builtin(import("proj/entry.mjs", "fs/promises"), "fs/promises");
}

#[test]
fn esm_builtin_scheme_only_with_prefix_is_builtin() {
    assert_builtin(import("proj/entry.mjs", "node:test"), "test");
}

#[test]
fn esm_builtin_scheme_only_without_prefix_cannot_find_package() {
    assert_error(
        import("proj/entry.mjs", "test"),
        "ERR_MODULE_NOT_FOUND",
        "Cannot find package 'test' imported from <F>/proj/entry.mjs",
        None,
    );
}

#[test]
fn esm_http_url_unsupported_scheme() {
    assert_error(import("proj/entry.mjs", "http://x/y.js"), "ERR_UNSUPPORTED_ESM_URL_SCHEME", "Only URLs with a scheme in: file and data are supported by the default ESM loader. Received protocol 'http:'", None);
}

#[test]
fn esm_unknown_scheme_unsupported_scheme() {
    assert_error(import("proj/entry.mjs", "nope:xx"), "ERR_UNSUPPORTED_ESM_URL_SCHEME", "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol 'nope:'", None);
}
