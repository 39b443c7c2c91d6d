//! Shared helpers of the integration tests: a resolver with Node 26's built-in names, the
//! fixtures directory (written `<F>` in expected values), and assertions on results.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use weft_resolve::{ResolveError, Resolved, Resolver};

/// The fixtures directory with symlinks resolved, as resolution reports paths.
pub fn fixtures() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::canonicalize(&dir).expect("fixtures directory")
}

/// `<F>/x` → the real path.
pub fn f(path: &str) -> PathBuf {
    PathBuf::from(path.replace("<F>", &fixtures().to_string_lossy()))
}

/// Some of Node 26's `require('module').builtinModules`, without the `node:` prefix.
pub fn resolver() -> Resolver {
    let names = [
        "fs",
        "fs/promises",
        "path",
        "url",
        "module",
        "util",
        "test",
        "test/reporters",
        "sqlite",
        "sea",
        "_http_agent",
    ];
    Resolver::new(names.iter().map(|s| s.to_string()))
}

pub fn require(parent: &str, spec: &str) -> Result<Resolved, ResolveError> {
    resolver().resolve_require(spec, Some(&fixtures().join(parent)))
}

pub fn import(parent: &str, spec: &str) -> Result<Resolved, ResolveError> {
    resolver().resolve_import(spec, Some(&fixtures().join(parent)))
}

#[track_caller]
pub fn assert_file(got: Result<Resolved, ResolveError>, expected: &str) {
    assert_eq!(got, Ok(Resolved::File(f(expected))));
}

#[track_caller]
pub fn assert_builtin(got: Result<Resolved, ResolveError>, expected: &str) {
    assert_eq!(got, Ok(Resolved::Builtin(expected.to_string())));
}

#[track_caller]
pub fn assert_error(
    got: Result<Resolved, ResolveError>,
    code: &str,
    message: &str,
    stack: Option<&[&str]>,
) {
    let err = match got {
        Ok(r) => panic!("expected {code}, resolved to {r:?}"),
        Err(e) => e,
    };
    let root = fixtures().to_string_lossy().into_owned();
    assert_eq!(
        (err.code, err.message.replace(&root, "<F>")),
        (code, message.to_string())
    );
    let stack: Vec<PathBuf> = stack.unwrap_or(&[]).iter().map(|s| f(s)).collect();
    assert_eq!(err.require_stack, stack);
}
