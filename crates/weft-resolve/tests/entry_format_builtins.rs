//! The CLI main entry ("Modules: CommonJS modules, Accessing the main module"), format
//! detection ("Modules: Packages, Determining module system"), built-in names ("Modules:
//! CommonJS modules, Built-in modules"), and ESM hints for absolute specifiers. Expected values
//! were checked against the oracle, Node 26.10.0 (`.oracle/node/bin/node`): `node <arg>` run
//! from `tests/fixtures/proj` (or its `a/`), a file printing whether it ran as CommonJS, and
//! `node tests/fixtures/proj/entry.mjs SPEC` for the hints.

mod common;
use common::*;
use weft_resolve::{Format, Resolved};

#[test]
fn main_without_extension_finds_js() {
    let got = resolver().resolve_main("a/file", &f("<F>/proj"));
    assert_eq!(got, Ok(f("<F>/proj/a/file.js")));
}

#[test]
fn main_symlink_resolves_to_realpath() {
    let got = resolver().resolve_main("./a/link", &f("<F>/proj"));
    assert_eq!(got, Ok(f("<F>/proj/a/file.js")));
}

#[test]
fn main_directory_with_main_finds_main_index() {
    let got = resolver().resolve_main("dir-main", &f("<F>/proj/a"));
    assert_eq!(got, Ok(f("<F>/proj/a/dir-main/lib/index.js")));
}

#[test]
fn main_mjs_file_finds_it() {
    let got = resolver().resolve_main("a/only.mjs", &f("<F>/proj"));
    assert_eq!(got, Ok(f("<F>/proj/a/only.mjs")));
}

#[test]
fn main_missing_not_found_with_absolute_path_and_no_stack() {
    let err = resolver()
        .resolve_main("a/nope", &f("<F>/proj"))
        .unwrap_err();
    assert_eq!(err.code, "MODULE_NOT_FOUND");
    assert_eq!(
        err.message,
        format!("Cannot find module '{}'", f("<F>/proj/a/nope").display())
    );
    assert!(err.require_stack.is_empty());
}

#[test]
fn main_package_name_not_searched_in_node_modules() {
    let err = resolver()
        .resolve_main("plain", &f("<F>/proj"))
        .unwrap_err();
    assert_eq!(
        err.message,
        format!("Cannot find module '{}'", f("<F>/proj/plain").display())
    );
}

#[test]
fn format_js_in_type_module_scope_is_module() {
    assert_eq!(
        resolver().format_of(&f("<F>/proj/a/esm/m.js")),
        Format::Module
    );
}

#[test]
fn format_extensionless_in_type_module_scope_is_module() {
    assert_eq!(
        resolver().format_of(&f("<F>/proj/a/esm/ext/noext")),
        Format::Module
    );
}

#[test]
fn format_js_in_nearer_scope_without_type_is_commonjs() {
    assert_eq!(
        resolver().format_of(&f("<F>/proj/a/esm/inner/x.js")),
        Format::CommonJs
    );
}

#[test]
fn format_cjs_in_type_module_scope_is_commonjs() {
    assert_eq!(
        resolver().format_of(&f("<F>/proj/a/esm/c.cjs")),
        Format::CommonJs
    );
}

#[test]
fn format_extensionless_without_type_is_commonjs() {
    assert_eq!(
        resolver().format_of(&f("<F>/proj/a/noext")),
        Format::CommonJs
    );
}

#[test]
fn format_by_extension_mjs_json_node() {
    let r = resolver();
    assert_eq!(r.format_of(&f("<F>/proj/a/only.mjs")), Format::Module);
    assert_eq!(r.format_of(&f("<F>/proj/a/data.json")), Format::Json);
    assert_eq!(r.format_of(&f("<F>/proj/a/addon.node")), Format::Addon);
}

#[test]
fn format_in_invalid_package_scope_invalid_package_config() {
    let err = resolver()
        .try_format_of(&f("<F>/proj/a/dir-bad-json/index.js"))
        .unwrap_err();
    assert_eq!(err.code, "ERR_INVALID_PACKAGE_CONFIG");
    assert_eq!(
        err.message,
        format!(
            "Invalid package config {}.",
            f("<F>/proj/a/dir-bad-json/package.json").display()
        )
    );
}

#[test]
fn builtin_names_with_and_without_scheme() {
    let r = resolver();
    assert!(r.is_builtin("fs") && r.is_builtin("node:fs") && r.is_builtin("fs/promises"));
    assert!(r.is_builtin("node:test") && !r.is_builtin("test"));
    assert!(r.is_builtin("node:sqlite") && !r.is_builtin("sqlite"));
    assert!(r.is_builtin("_http_agent") && r.is_builtin("node:_http_agent"));
    assert!(!r.is_builtin("node:nope") && !r.is_builtin("fs/"));
}

#[test]
fn builtin_require_without_parent_needs_no_file() {
    assert_eq!(
        resolver().resolve_require("node:path", None),
        Ok(Resolved::Builtin("path".into()))
    );
}

#[test]
fn esm_absolute_path_hint_is_absolute() {
    let spec = f("<F>/proj/a/file").display().to_string();
    let err = import("proj/entry.mjs", &spec).unwrap_err();
    let expected = format!(
        "Cannot find module '{spec}' imported from {}\nDid you mean to import \"{spec}.js\"?",
        f("<F>/proj/entry.mjs").display()
    );
    assert_eq!((err.code, err.message), ("ERR_MODULE_NOT_FOUND", expected));
}

#[test]
fn esm_file_url_hint_is_absolute_path() {
    let path = f("<F>/proj/a/file").display().to_string();
    let err = import("proj/entry.mjs", &format!("file://{path}")).unwrap_err();
    let expected = format!(
        "Cannot find module '{path}' imported from {}\nDid you mean to import \"{path}.js\"?",
        f("<F>/proj/entry.mjs").display()
    );
    assert_eq!((err.code, err.message), ("ERR_MODULE_NOT_FOUND", expected));
}

#[test]
fn esm_file_url_existing_file_resolves() {
    let path = f("<F>/proj/a/file.js").display().to_string();
    assert_eq!(
        import("proj/entry.mjs", &format!("file://{path}")),
        Ok(Resolved::File(f("<F>/proj/a/file.js")))
    );
}
