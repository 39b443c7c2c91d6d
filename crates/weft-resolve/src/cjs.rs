//! `require()` resolution as in "Modules: CommonJS modules, All together" (LOAD_AS_FILE with
//! `.js`, `.json`, `.node`; LOAD_AS_DIRECTORY with `main` then `index`; LOAD_NODE_MODULES;
//! LOAD_PACKAGE_IMPORTS; LOAD_PACKAGE_SELF; RESOLVE_PACKAGE_EXPORTS) and "Modules: CommonJS
//! modules, The module scope, require.main" for the CLI entry point. Node 26 does not try
//! `.cjs` or `.mjs`.

use std::path::{Path, PathBuf};

use crate::error::ResolveError;
use crate::exports::{self, Ctx, Hit, CJS_CONDITIONS};
use crate::paths::{self, Kind};
use crate::{Resolved, Resolver};

/// The extensions `require` appends, in order (`Object.keys(require.extensions)`).
const EXTENSIONS: [&str; 3] = [".js", ".json", ".node"];

impl Resolver {
    pub(crate) fn cjs_resolve(
        &self,
        spec: &str,
        parent: Option<&Path>,
    ) -> Result<Resolved, ResolveError> {
        if let Some(name) = spec.strip_prefix("node:") {
            return if self.is_builtin(spec) {
                Ok(Resolved::Builtin(name.to_string()))
            } else {
                Err(ResolveError::unknown_builtin(spec))
            };
        }
        if self.is_builtin(spec) {
            return Ok(Resolved::Builtin(spec.to_string()));
        }
        let base_dir = match parent.and_then(Path::parent) {
            Some(dir) => dir.to_path_buf(),
            None => self.cwd(),
        };
        let relative = is_relative(spec);
        if let Some(parent) = parent {
            if spec.starts_with('#') {
                let scope = self.packages.scope_of(parent)?;
                let ctx = Ctx {
                    conditions: CJS_CONDITIONS,
                    base: Some(parent),
                };
                let hit = self.imports_resolve(spec, scope.as_deref(), &ctx)?;
                return self.cjs_finalize(hit, None);
            }
            if !relative && !spec.starts_with('/') {
                if let Some(found) = self.try_self(spec, parent)? {
                    return Ok(found);
                }
            }
        }
        let dirs: Vec<PathBuf> = if spec.starts_with('/') {
            vec![PathBuf::new()]
        } else if relative {
            vec![base_dir]
        } else {
            node_modules_paths(&base_dir)
        };
        match self.find_path(spec, &dirs)? {
            Some(found) => Ok(found),
            None => Err(ResolveError::cjs_not_found(spec, parent)),
        }
    }

    /// The CLI entry: `path.resolve(cwd, arg)` looked up as a file or directory (no
    /// `node_modules` search), with a message that has no require stack.
    pub(crate) fn cjs_main(&self, arg: &str, cwd: &Path) -> Result<PathBuf, ResolveError> {
        let abs = paths::resolve(cwd, arg);
        let request = abs.to_string_lossy().into_owned();
        match self.find_path(&request, &[PathBuf::new()])? {
            Some(Resolved::File(p)) => Ok(p),
            _ => Err(ResolveError::cjs_not_found(&request, None)),
        }
    }

    /// `Module._findPath`: each lookup directory in turn, `exports` of a package there first.
    fn find_path(&self, request: &str, dirs: &[PathBuf]) -> Result<Option<Resolved>, ResolveError> {
        let trailing_slash = has_trailing_slash(request);
        let absolute = request.starts_with('/');
        for dir in dirs {
            if !dir.as_os_str().is_empty() && paths::stat(dir) != Kind::Dir {
                continue;
            }
            if !absolute {
                if let Some(found) = self.node_modules_exports(dir, request)? {
                    return Ok(Some(found));
                }
            }
            let base = if absolute {
                paths::normalize(Path::new(request))
            } else {
                paths::resolve(dir, request)
            };
            let kind = paths::stat(&base);
            if !trailing_slash {
                if kind == Kind::File {
                    return Ok(Some(Resolved::File(paths::realpath(&base))));
                }
                if let Some(found) = try_extensions(&base) {
                    return Ok(Some(Resolved::File(found)));
                }
            }
            if kind == Kind::Dir {
                if let Some(found) = self.try_package(&base)? {
                    return Ok(Some(Resolved::File(found)));
                }
            }
        }
        Ok(None)
    }

    /// LOAD_AS_DIRECTORY: `main` (as a file, with extensions, as a directory index), then
    /// `index`; a `main` that leads nowhere falls back to `index` (Node warns, DEP0128).
    fn try_package(&self, dir: &Path) -> Result<Option<PathBuf>, ResolveError> {
        let pjson_path = dir.join("package.json");
        let pkg = self.packages.read_checked(&pjson_path)?;
        let Some(main) = pkg.as_ref().and_then(|p| p.main.clone()) else {
            return Ok(try_extensions(&dir.join("index")));
        };
        let file = paths::resolve(dir, &main);
        let found = try_file(&file)
            .or_else(|| try_extensions(&file))
            .or_else(|| try_extensions(&file.join("index")))
            .or_else(|| try_extensions(&dir.join("index")));
        match found {
            Some(f) => Ok(Some(f)),
            None => {
                let mut err = ResolveError::new(
                    "MODULE_NOT_FOUND",
                    format!(
                        "Cannot find module '{}'. Please verify that the package.json has a valid \"main\" entry",
                        file.display()
                    ),
                );
                err.path = Some(pjson_path);
                Err(err)
            }
        }
    }

    /// RESOLVE_PACKAGE_EXPORTS for `request` under one `node_modules` directory.
    fn node_modules_exports(
        &self,
        nm_dir: &Path,
        request: &str,
    ) -> Result<Option<Resolved>, ResolveError> {
        let Some((name, subpath)) = exports::split_package(request) else {
            return Ok(None);
        };
        let pkg_dir = nm_dir.join(name);
        let Some(pkg) = self.packages.read_checked(&pkg_dir.join("package.json"))? else {
            return Ok(None);
        };
        if pkg.exports.is_none() {
            return Ok(None);
        }
        let ctx = Ctx {
            conditions: CJS_CONDITIONS,
            base: None,
        };
        let hit = self.exports_resolve(&pkg, &subpath, &ctx)?;
        self.cjs_finalize(hit, None).map(Some)
    }

    /// LOAD_PACKAGE_SELF: `request` names the package of `parent`'s scope, which has `exports`.
    fn try_self(&self, request: &str, parent: &Path) -> Result<Option<Resolved>, ResolveError> {
        let Some(pkg) = self.packages.scope_of(parent)? else {
            return Ok(None);
        };
        let (Some(name), Some(_)) = (&pkg.name, &pkg.exports) else {
            return Ok(None);
        };
        let subpath = if request == name {
            ".".to_string()
        } else if let Some(rest) = request
            .strip_prefix(name.as_str())
            .filter(|r| r.starts_with('/'))
        {
            format!(".{rest}")
        } else {
            return Ok(None);
        };
        let ctx = Ctx {
            conditions: CJS_CONDITIONS,
            base: Some(parent),
        };
        let hit = self.exports_resolve(&pkg, &subpath, &ctx)?;
        match self.cjs_finalize(hit, None) {
            Err(e) if e.code == "ERR_MODULE_NOT_FOUND" => {
                Err(ResolveError::cjs_not_found(request, None))
            }
            other => other.map(Some),
        }
    }

    /// What `require` does with an `exports`/`imports` target: it must be an existing file
    /// (no extensions added, no directories).
    fn cjs_finalize(&self, hit: Hit, base: Option<&Path>) -> Result<Resolved, ResolveError> {
        let url = match hit {
            Hit::Done(resolved) => return Ok(resolved),
            Hit::Url(url) => url,
        };
        if paths::has_encoded_separator(&url) {
            return Err(ResolveError::invalid_module_specifier(
                &format!("file://{url}"),
                "must not include encoded \"/\" or \"\\\" characters",
                base,
            ));
        }
        let path = PathBuf::from(paths::percent_decode(&url));
        match try_file(&path) {
            Some(found) => Ok(Resolved::File(found)),
            None => Err(ResolveError::cjs_not_found(&path.to_string_lossy(), None)),
        }
    }
}

/// Whether `require` treats `spec` as relative to the requiring file (`.`, `..`, `./`, `../`).
pub(crate) fn is_relative(spec: &str) -> bool {
    let b = spec.as_bytes();
    b.first() == Some(&b'.')
        && (b.len() == 1 || b[1] == b'/' || (b[1] == b'.' && (b.len() == 2 || b[2] == b'/')))
}

/// A request naming a directory only: ends in `/`, or is or ends in `.`/`..` as a segment.
fn has_trailing_slash(request: &str) -> bool {
    request.ends_with('/')
        || request == "."
        || request == ".."
        || request.ends_with("/.")
        || request.ends_with("/..")
}

/// `Module._nodeModulePaths(dir)`: `<d>/node_modules` for `dir` and each ancestor, skipping
/// directories that are themselves named `node_modules`.
pub(crate) fn node_modules_paths(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors()
        .filter(|d| d.file_name().is_none_or(|n| n != "node_modules"))
        .map(|d| d.join("node_modules"))
        .collect()
}

fn try_file(path: &Path) -> Option<PathBuf> {
    (paths::stat(path) == Kind::File).then(|| paths::realpath(path))
}

fn try_extensions(base: &Path) -> Option<PathBuf> {
    EXTENSIONS.iter().find_map(|ext| {
        let mut candidate = base.as_os_str().to_os_string();
        candidate.push(ext);
        try_file(Path::new(&candidate))
    })
}
