//! `require` resolution ("Modules: CommonJS modules, All together") checked against Node 26.
//! Every expected value below is what the reference runtime, Node 26.10.0
//! (`.oracle/node/bin/node`), gave for the same case on `tests/fixtures` (checked against the
//! oracle with `tests/oracle/probe.mjs cjs PARENT SPEC...`; `<F>` is the fixtures directory).

mod common;
use common::*;

#[test]
fn cjs_relative_without_extension_finds_js() {
    assert_file(require("proj/entry.js", "./a/file"), "<F>/proj/a/file.js");
}

#[test]
fn cjs_relative_without_extension_finds_json() {
    assert_file(require("proj/entry.js", "./a/data"), "<F>/proj/a/data.json");
}

#[test]
fn cjs_relative_js_and_json_prefers_js() {
    assert_file(require("proj/entry.js", "./a/both"), "<F>/proj/a/both.js");
}

#[test]
fn cjs_relative_only_cjs_exists_not_found() {
    assert_error(
        require("proj/entry.js", "./a/only"),
        "MODULE_NOT_FOUND",
        "Cannot find module './a/only'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_relative_with_cjs_extension_finds_it() {
    assert_file(
        require("proj/entry.js", "./a/only.cjs"),
        "<F>/proj/a/only.cjs",
    );
}

#[test]
fn cjs_relative_extensionless_file_finds_it() {
    assert_file(require("proj/entry.js", "./a/noext"), "<F>/proj/a/noext");
}

#[test]
fn cjs_relative_missing_module_not_found_with_stack() {
    assert_error(
        require("proj/entry.js", "./a/nope"),
        "MODULE_NOT_FOUND",
        "Cannot find module './a/nope'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_directory_with_main_dir_finds_main_index() {
    assert_file(
        require("proj/entry.js", "./a/dir-main"),
        "<F>/proj/a/dir-main/lib/index.js",
    );
}

#[test]
fn cjs_directory_trailing_slash_finds_main_index() {
    assert_file(
        require("proj/entry.js", "./a/dir-main/"),
        "<F>/proj/a/dir-main/lib/index.js",
    );
}

#[test]
fn cjs_directory_without_package_json_finds_index() {
    assert_file(
        require("proj/entry.js", "./a/dir-index"),
        "<F>/proj/a/dir-index/index.js",
    );
}

#[test]
fn cjs_directory_main_missing_falls_back_to_index() {
    assert_file(
        require("proj/entry.js", "./a/dir-main-missing"),
        "<F>/proj/a/dir-main-missing/index.js",
    );
}

#[test]
fn cjs_directory_main_without_extension_finds_json() {
    assert_file(
        require("proj/entry.js", "./a/dir-main-json"),
        "<F>/proj/a/dir-main-json/conf.json",
    );
}

#[test]
fn cjs_directory_invalid_package_json_invalid_package_config() {
    assert_error(
        require("proj/entry.js", "./a/dir-bad-json"),
        "ERR_INVALID_PACKAGE_CONFIG",
        "Invalid package config <F>/proj/a/dir-bad-json/package.json.",
        None,
    );
}

#[test]
fn cjs_directory_without_index_not_found() {
    assert_error(
        require("proj/entry.js", "./a/dir-empty"),
        "MODULE_NOT_FOUND",
        "Cannot find module './a/dir-empty'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_symlinked_file_resolves_to_realpath() {
    assert_file(
        require("proj/entry.js", "./a/link.js"),
        "<F>/proj/a/file.js",
    );
}

#[test]
fn cjs_symlink_via_extension_resolves_to_realpath() {
    assert_file(require("proj/entry.js", "./a/link"), "<F>/proj/a/file.js");
}

#[test]
fn cjs_dot_finds_own_directory_index() {
    assert_file(require("proj/entry.js", "."), "<F>/proj/index.js");
}

#[test]
fn cjs_trailing_slash_on_plain_dir_not_found() {
    assert_error(
        require("proj/entry.js", "./a/"),
        "MODULE_NOT_FOUND",
        "Cannot find module './a/'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_package_without_exports_uses_main_with_extension() {
    assert_file(
        require("proj/entry.js", "plain"),
        "<F>/proj/node_modules/plain/lib/main.js",
    );
}

#[test]
fn cjs_package_subpath_without_exports_probes_extensions() {
    assert_file(
        require("proj/entry.js", "plain/sub"),
        "<F>/proj/node_modules/plain/sub.js",
    );
}

#[test]
fn cjs_package_without_main_finds_index() {
    assert_file(
        require("proj/entry.js", "nomain"),
        "<F>/proj/node_modules/nomain/index.js",
    );
}

#[test]
fn cjs_package_subpath_without_extension_finds_json() {
    assert_file(
        require("proj/entry.js", "nomain/x"),
        "<F>/proj/node_modules/nomain/x.json",
    );
}

#[test]
fn cjs_package_without_package_json_finds_index() {
    assert_file(
        require("proj/entry.js", "nopkgjson"),
        "<F>/proj/node_modules/nopkgjson/index.js",
    );
}

#[test]
fn cjs_package_main_and_index_missing_invalid_main_message() {
    assert_error(require("proj/entry.js", "badmain"), "MODULE_NOT_FOUND", "Cannot find module '<F>/proj/node_modules/badmain/gone.js'. Please verify that the package.json has a valid \"main\" entry", None);
}

#[test]
fn cjs_symlinked_package_resolves_to_realpath() {
    assert_file(require("proj/entry.js", "linked"), "<F>/linked-target/t.js");
}

#[test]
fn cjs_exports_string_finds_target() {
    assert_file(
        require("proj/entry.js", "exp-str"),
        "<F>/proj/node_modules/exp-str/e.js",
    );
}

#[test]
fn cjs_exports_string_subpath_not_exported() {
    assert_error(require("proj/entry.js", "exp-str/other"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './other' is not defined by \"exports\" in <F>/proj/node_modules/exp-str/package.json", None);
}

#[test]
fn cjs_exports_main_conditions_picks_require() {
    assert_file(
        require("proj/entry.js", "exp-map"),
        "<F>/proj/node_modules/exp-map/c.cjs",
    );
}

#[test]
fn cjs_exports_subpath_finds_target() {
    assert_file(
        require("proj/entry.js", "exp-map/sub"),
        "<F>/proj/node_modules/exp-map/sub.js",
    );
}

#[test]
fn cjs_exports_pattern_substitutes_star() {
    assert_file(
        require("proj/entry.js", "exp-map/feat/one"),
        "<F>/proj/node_modules/exp-map/feat/one.js",
    );
}

#[test]
fn cjs_exports_null_pattern_not_exported() {
    assert_error(require("proj/entry.js", "exp-map/feat/private/p"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './feat/private/p' is not defined by \"exports\" in <F>/proj/node_modules/exp-map/package.json", None);
}

#[test]
fn cjs_exports_conditions_in_object_order_picks_node() {
    assert_file(
        require("proj/entry.js", "exp-map/cond"),
        "<F>/proj/node_modules/exp-map/n.js",
    );
}

#[test]
fn cjs_exports_target_without_dot_slash_invalid_target() {
    assert_error(require("proj/entry.js", "exp-map/bad"), "ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"bad.js\" defined for './bad' in the package config <F>/proj/node_modules/exp-map/package.json; targets must start with \"./\"", None);
}

#[test]
fn cjs_exports_target_with_dotdot_invalid_target() {
    assert_error(require("proj/entry.js", "exp-map/escape"), "ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"./../outside.js\" defined for './escape' in the package config <F>/proj/node_modules/exp-map/package.json", None);
}

#[test]
fn cjs_exports_target_in_node_modules_invalid_target() {
    assert_error(require("proj/entry.js", "exp-map/nm"), "ERR_INVALID_PACKAGE_TARGET", "Invalid \"exports\" target \"./node_modules/x.js\" defined for './nm' in the package config <F>/proj/node_modules/exp-map/package.json", None);
}

#[test]
fn cjs_exports_target_missing_not_found_without_stack() {
    assert_error(
        require("proj/entry.js", "exp-map/missing"),
        "MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/node_modules/exp-map/not-there.js'",
        None,
    );
}

#[test]
fn cjs_exports_array_takes_first_valid_target() {
    assert_error(
        require("proj/entry.js", "exp-map/array"),
        "MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/node_modules/exp-map/not-valid:x'",
        None,
    );
}

#[test]
fn cjs_exports_folder_mapping_not_exported() {
    assert_error(require("proj/entry.js", "exp-map/lib/l.js"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './lib/l.js' is not defined by \"exports\" in <F>/proj/node_modules/exp-map/package.json", None);
}

#[test]
fn cjs_exports_no_matching_condition_not_exported() {
    assert_error(require("proj/entry.js", "exp-map/nothing"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './nothing' is not defined by \"exports\" in <F>/proj/node_modules/exp-map/package.json", None);
}

#[test]
fn cjs_exports_pattern_with_trailer_matches() {
    assert_file(
        require("proj/entry.js", "exp-map/deep/y/x"),
        "<F>/proj/node_modules/exp-map/lib/y/x.js",
    );
}

#[test]
fn cjs_exports_pattern_target_missing_not_found() {
    assert_error(
        require("proj/entry.js", "exp-map/feat/nope"),
        "MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/node_modules/exp-map/feat/nope.js'",
        None,
    );
}

#[test]
fn cjs_exports_pattern_match_with_dotdot_invalid_specifier() {
    assert_error(require("proj/entry.js", "exp-map/feat/%2e%2e/sub"), "ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"./feat/%2e%2e/sub\" request is not a valid match in pattern \"./feat/*\" for the \"exports\" resolution of <F>/proj/node_modules/exp-map/package.json", None);
}

#[test]
fn cjs_exports_without_main_no_main_defined() {
    assert_error(
        require("proj/entry.js", "exp-nodot"),
        "ERR_PACKAGE_PATH_NOT_EXPORTED",
        "No \"exports\" main defined in <F>/proj/node_modules/exp-nodot/package.json",
        None,
    );
}

#[test]
fn cjs_exports_condition_sugar_picks_default() {
    assert_file(
        require("proj/entry.js", "exp-sugar"),
        "<F>/proj/node_modules/exp-sugar/d.js",
    );
}

#[test]
fn cjs_exports_mixed_keys_invalid_package_config() {
    assert_error(require("proj/entry.js", "exp-mixed"), "ERR_INVALID_PACKAGE_CONFIG", "Invalid package config <F>/proj/node_modules/exp-mixed/package.json. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.", None);
}

#[test]
fn cjs_exports_module_sync_condition_is_active() {
    assert_file(
        require("proj/entry.js", "ms"),
        "<F>/proj/node_modules/ms/ms.js",
    );
}

#[test]
fn cjs_scoped_package_subpath_finds_target() {
    assert_file(
        require("proj/entry.js", "@scope/pkg/x"),
        "<F>/proj/node_modules/@scope/pkg/x.js",
    );
}

#[test]
fn cjs_scoped_package_missing_not_found() {
    assert_error(
        require("proj/entry.js", "@scope/nope"),
        "MODULE_NOT_FOUND",
        "Cannot find module '@scope/nope'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_self_reference_finds_main_export() {
    assert_file(require("proj/entry.js", "proj"), "<F>/proj/index.js");
}

#[test]
fn cjs_self_reference_subpath_picks_require() {
    assert_file(
        require("proj/entry.js", "proj/feature"),
        "<F>/proj/feature.cjs",
    );
}

#[test]
fn cjs_self_reference_not_exported_names_parent() {
    assert_error(require("proj/entry.js", "proj/nope"), "ERR_PACKAGE_PATH_NOT_EXPORTED", "Package subpath './nope' is not defined by \"exports\" in <F>/proj/package.json imported from <F>/proj/entry.js", None);
}

#[test]
fn cjs_imports_bare_target_resolves_package() {
    assert_file(
        require("proj/entry.js", "#dep"),
        "<F>/proj/node_modules/dep-pkg/index.js",
    );
}

#[test]
fn cjs_imports_pattern_finds_file() {
    assert_file(
        require("proj/entry.js", "#internal/a"),
        "<F>/proj/src/internal/a.js",
    );
}

#[test]
fn cjs_imports_pattern_missing_not_found() {
    assert_error(
        require("proj/entry.js", "#internal/zz"),
        "MODULE_NOT_FOUND",
        "Cannot find module '<F>/proj/src/internal/zz.js'",
        None,
    );
}

#[test]
fn cjs_imports_null_target_not_defined() {
    assert_error(require("proj/entry.js", "#null"), "ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"#null\" is not defined in package <F>/proj/package.json imported from <F>/proj/entry.js", None);
}

#[test]
fn cjs_imports_unknown_not_defined() {
    assert_error(require("proj/entry.js", "#nope"), "ERR_PACKAGE_IMPORT_NOT_DEFINED", "Package import specifier \"#nope\" is not defined in package <F>/proj/package.json imported from <F>/proj/entry.js", None);
}

#[test]
fn cjs_imports_hash_slash_key_allowed() {
    assert_file(
        require("proj/entry.js", "#/x/a"),
        "<F>/proj/src/internal/a.js",
    );
}

#[test]
fn cjs_imports_bare_hash_invalid_specifier() {
    assert_error(require("proj/entry.js", "#"), "ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"#\" is not a valid internal imports specifier name imported from <F>/proj/entry.js", None);
}

#[test]
fn cjs_builtin_bare_is_builtin() {
    assert_builtin(require("proj/entry.js", "fs"), "fs");
}

#[test]
fn cjs_builtin_node_prefix_is_builtin() {
    assert_builtin(require("proj/entry.js", "node:fs"), "fs");
}

#[test]
fn cjs_builtin_subpath_is_builtin() {
    assert_builtin(require("proj/entry.js", "fs/promises"), "fs/promises");
}

#[test]
fn cjs_builtin_scheme_only_with_prefix_is_builtin() {
    assert_builtin(require("proj/entry.js", "node:test"), "test");
}

#[test]
fn cjs_builtin_scheme_only_without_prefix_not_found() {
    assert_error(
        require("proj/entry.js", "test"),
        "MODULE_NOT_FOUND",
        "Cannot find module 'test'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_builtin_unknown_node_name_unknown_builtin() {
    assert_error(
        require("proj/entry.js", "node:nope"),
        "ERR_UNKNOWN_BUILTIN_MODULE",
        "No such built-in module: node:nope",
        None,
    );
}

#[test]
fn cjs_absolute_missing_not_found() {
    assert_error(
        require("proj/entry.js", "/abs/nope"),
        "MODULE_NOT_FOUND",
        "Cannot find module '/abs/nope'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_trailing_slash_on_file_not_found() {
    assert_error(
        require("proj/entry.js", "./a/file.js/"),
        "MODULE_NOT_FOUND",
        "Cannot find module './a/file.js/'\nRequire stack:\n- <F>/proj/entry.js",
        Some(&["<F>/proj/entry.js"]),
    );
}

#[test]
fn cjs_file_in_invalid_package_scope_resolves() {
    assert_file(
        require("proj/entry.js", "./a/dir-bad-json/index.js"),
        "<F>/proj/a/dir-bad-json/index.js",
    );
}

#[test]
fn cjs_node_modules_nearest_directory_wins() {
    assert_file(
        require("proj/sub/deep/file.js", "plain"),
        "<F>/proj/sub/node_modules/plain/near.js",
    );
}

#[test]
fn cjs_node_modules_walks_up_parents() {
    assert_file(
        require("proj/sub/deep/file.js", "exp-str"),
        "<F>/proj/node_modules/exp-str/e.js",
    );
}

#[test]
fn cjs_relative_dotdot_from_nested_parent_finds_file() {
    assert_file(
        require("proj/sub/deep/file.js", "../../a/file"),
        "<F>/proj/a/file.js",
    );
}
