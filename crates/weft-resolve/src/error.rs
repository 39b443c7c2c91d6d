//! The errors of Node's module resolution, with Node 26's codes and messages ("Errors, Node.js
//! error codes": `MODULE_NOT_FOUND`, `ERR_MODULE_NOT_FOUND`, `ERR_PACKAGE_PATH_NOT_EXPORTED`,
//! `ERR_UNSUPPORTED_DIR_IMPORT`, `ERR_INVALID_PACKAGE_TARGET`, `ERR_INVALID_PACKAGE_CONFIG`,
//! `ERR_PACKAGE_IMPORT_NOT_DEFINED`, `ERR_INVALID_MODULE_SPECIFIER`,
//! `ERR_UNKNOWN_BUILTIN_MODULE`, `ERR_UNSUPPORTED_ESM_URL_SCHEME`).

use std::fmt;
use std::path::{Path, PathBuf};

/// A failed resolution: the `code` and `message` Node 26 gives the thrown error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolveError {
    /// Node's error code, e.g. `"MODULE_NOT_FOUND"` or `"ERR_PACKAGE_PATH_NOT_EXPORTED"`.
    pub code: &'static str,
    /// Node's exact message. For `MODULE_NOT_FOUND` from `require` it already ends with
    /// `Require stack:` and the requiring file; the caller appends the rest of its stack.
    pub message: String,
    /// `err.requireStack`: the requiring file for a `MODULE_NOT_FOUND` that Node gives one,
    /// empty otherwise (the main entry, errors raised by `exports`/`imports` resolution).
    pub require_stack: Vec<PathBuf>,
    /// `err.path` where Node sets one: the `package.json` whose `main` is broken.
    pub path: Option<PathBuf>,
}

impl ResolveError {
    pub(crate) fn new(code: &'static str, message: String) -> Self {
        Self {
            code,
            message,
            require_stack: Vec::new(),
            path: None,
        }
    }

    /// `MODULE_NOT_FOUND` from `require(spec)` in `parent` (or the main entry when `None`).
    pub(crate) fn cjs_not_found(spec: &str, parent: Option<&Path>) -> Self {
        let mut message = format!("Cannot find module '{spec}'");
        let mut require_stack = Vec::new();
        if let Some(parent) = parent {
            message.push_str(&format!("\nRequire stack:\n- {}", parent.display()));
            require_stack.push(parent.to_path_buf());
        }
        Self {
            code: "MODULE_NOT_FOUND",
            message,
            require_stack,
            path: None,
        }
    }

    pub(crate) fn unknown_builtin(spec: &str) -> Self {
        Self::new(
            "ERR_UNKNOWN_BUILTIN_MODULE",
            format!("No such built-in module: {spec}"),
        )
    }

    pub(crate) fn invalid_package_config(
        pjson: &Path,
        while_importing: Option<&str>,
        detail: Option<&str>,
    ) -> Self {
        let mut message = format!("Invalid package config {}", pjson.display());
        if let Some(base) = while_importing {
            message.push_str(&format!(" while importing {base}"));
        }
        match detail {
            Some(detail) => message.push_str(&format!(". {detail}")),
            None => message.push('.'),
        }
        Self::new("ERR_INVALID_PACKAGE_CONFIG", message)
    }

    pub(crate) fn invalid_module_specifier(
        request: &str,
        reason: &str,
        base: Option<&Path>,
    ) -> Self {
        Self::new(
            "ERR_INVALID_MODULE_SPECIFIER",
            format!(
                "Invalid module \"{request}\" {reason}{}",
                imported_from(base)
            ),
        )
    }
}

/// `" imported from <base>"`, or nothing without a base.
pub(crate) fn imported_from(base: Option<&Path>) -> String {
    base.map(|b| format!(" imported from {}", b.display()))
        .unwrap_or_default()
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for ResolveError {}
