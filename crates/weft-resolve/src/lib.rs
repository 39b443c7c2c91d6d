//! Node's module resolution as a pure library, with Node 26's decisions and messages:
//! "Modules: CommonJS modules, All together" for `require`, "ECMAScript modules, Resolution
//! algorithm" for `import`, "Modules: Packages" for `package.json` (`exports`, `imports`,
//! `main`, `type`), and "Modules: CommonJS modules, Built-in modules" for `node:` names.
//! Symlinks resolve to their real path (Node's default, no `--preserve-symlinks`).
//! Not done: global folders (`NODE_PATH`, `~/.node_modules`), `data:` imports, query and
//! fragment of `file:` URLs (dropped), Node's deprecation warnings.

mod cjs;
mod error;
mod esm;
mod exports;
mod package_json;
mod paths;

use std::path::{Path, PathBuf};

pub use error::ResolveError;
use package_json::PackageCache;

/// Built-in modules that Node 26 loads only with the `node:` scheme ("Modules: CommonJS
/// modules, Built-in modules with mandatory `node:` prefix").
pub const SCHEME_ONLY_BUILTINS: &[&str] = &["ffi", "sea", "sqlite", "test", "test/reporters"];

/// Where a specifier led.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Resolved {
    /// A built-in module, by its canonical name without `node:` (`"fs"`, `"fs/promises"`).
    Builtin(String),
    /// A file: absolute, symlinks resolved.
    File(PathBuf),
}

/// How a resolved file is to be loaded ("Modules: Packages, Determining module system").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// CommonJS: `.cjs`, or `.js` and unknown extensions outside a `"type": "module"` scope.
    CommonJs,
    /// An ES module: `.mjs`, or `.js`/extensionless in a `"type": "module"` scope.
    Module,
    /// `.json`.
    Json,
    /// A built-in module.
    Builtin,
    /// A native addon (`.node`).
    Addon,
}

/// Resolves `require` and `import` specifiers against the file system, caching the
/// `package.json` files it reads. Built-in names come from the runtime.
#[derive(Debug)]
pub struct Resolver {
    builtins: Vec<String>,
    packages: PackageCache,
}

impl Resolver {
    /// A resolver whose built-in modules are `builtins` (with or without `node:`; names in
    /// [`SCHEME_ONLY_BUILTINS`] are built-in only when written with `node:`).
    pub fn new(builtins: impl IntoIterator<Item = String>) -> Self {
        let builtins = builtins
            .into_iter()
            .map(|b| b.strip_prefix("node:").map(str::to_string).unwrap_or(b))
            .collect();
        Self {
            builtins,
            packages: PackageCache::default(),
        }
    }

    /// Whether `spec` names a built-in module: `"fs"`, `"node:fs"`; `"node:test"` but not `"test"`.
    pub fn is_builtin(&self, spec: &str) -> bool {
        match spec.strip_prefix("node:") {
            Some(name) => self.builtins.iter().any(|b| b == name),
            None => {
                !SCHEME_ONLY_BUILTINS.contains(&spec) && self.builtins.iter().any(|b| b == spec)
            }
        }
    }

    /// `require(spec)` from the file `parent` (`None`: from the current directory, with no
    /// require stack), by the CommonJS rules.
    pub fn resolve_require(
        &self,
        spec: &str,
        parent: Option<&Path>,
    ) -> Result<Resolved, ResolveError> {
        self.cjs_resolve(spec, parent)
    }

    /// `import spec` from the file `parent` (`None`: from `[eval1]` in the current directory),
    /// by the ESM rules. A `node:` name that is not built in fails here with
    /// `ERR_UNKNOWN_BUILTIN_MODULE` (Node resolves it and fails when loading it).
    pub fn resolve_import(
        &self,
        spec: &str,
        parent: Option<&Path>,
    ) -> Result<Resolved, ResolveError> {
        let base = match parent {
            Some(p) => p.to_path_buf(),
            None => self.cwd().join("[eval1]"),
        };
        let mut result = self.esm_resolve(spec, &base);
        // Node works out the format while resolving, so a broken package.json in the
        // file's scope fails the import here.
        if let Ok(Resolved::File(file)) = &result {
            self.try_format_of(file)?;
        }
        if let (Err(err), Some(parent)) = (&mut result, parent) {
            self.add_commonjs_hint(err, spec, parent);
        }
        result
    }

    /// How `path` is loaded: by extension, and for `.js` and others by the `type` of the
    /// nearest `package.json` (an unreadable one counts as no `type`).
    pub fn format_of(&self, path: &Path) -> Format {
        self.try_format_of(path).unwrap_or(Format::CommonJs)
    }

    /// [`Resolver::format_of`], failing with `ERR_INVALID_PACKAGE_CONFIG` where the nearest
    /// `package.json` that decides the format is not valid JSON (as Node's loaders do).
    pub fn try_format_of(&self, path: &Path) -> Result<Format, ResolveError> {
        Ok(match path.extension().and_then(|e| e.to_str()) {
            Some("mjs") => Format::Module,
            Some("cjs") => Format::CommonJs,
            Some("json") => Format::Json,
            Some("node") => Format::Addon,
            _ => match self.packages.scope_of(path)? {
                Some(pkg) if pkg.type_module => Format::Module,
                _ => Format::CommonJs,
            },
        })
    }

    /// The file `weft <arg>` runs, as Node finds its main entry: `arg` resolved against
    /// `cwd` as a file (extensions added) or directory, never searched in `node_modules`.
    pub fn resolve_main(&self, arg: &str, cwd: &Path) -> Result<PathBuf, ResolveError> {
        self.cjs_main(arg, cwd)
    }

    fn cwd(&self) -> PathBuf {
        std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
    }
}
