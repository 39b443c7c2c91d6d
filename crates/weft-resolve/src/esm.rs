//! `import` resolution as in "ECMAScript modules, Resolution algorithm" (ESM_RESOLVE,
//! PACKAGE_RESOLVE, PACKAGE_SELF_RESOLVE, the legacy `main` lookup for packages without
//! `exports`, and the final file checks: no extension probing, no directory index), plus the
//! "Did you mean to import" hint Node 26 appends when `require` would have found the module.

use std::path::{Path, PathBuf};

use crate::cjs::is_relative;
use crate::error::{imported_from, ResolveError};
use crate::exports::{split_package, Ctx, Hit, ESM_CONDITIONS};
use crate::paths::{self, Kind};
use crate::{Resolved, Resolver};

impl Resolver {
    /// ESM_RESOLVE of `spec` imported from the file `base`.
    pub(crate) fn esm_resolve(&self, spec: &str, base: &Path) -> Result<Resolved, ResolveError> {
        if spec.starts_with("node:") {
            return self.cjs_resolve(spec, None);
        }
        let base_dir = base.parent().unwrap_or(Path::new("/"));
        if spec.starts_with('/') || is_relative(spec) {
            return esm_finalize(&paths::url_resolve(base_dir, spec), base);
        }
        if spec.starts_with('#') {
            let scope = self.packages.scope_of(base)?;
            let ctx = Ctx {
                conditions: ESM_CONDITIONS,
                base: Some(base),
            };
            return match self.imports_resolve(spec, scope.as_deref(), &ctx)? {
                Hit::Url(url) => esm_finalize(&url, base),
                Hit::Done(resolved) => Ok(resolved),
            };
        }
        if let Some(scheme_end) = url_scheme(spec) {
            let scheme = &spec[..scheme_end];
            if scheme.eq_ignore_ascii_case("file") {
                return esm_finalize(&file_url_path(&spec[scheme_end + 1..])?, base);
            }
            let message = if scheme.eq_ignore_ascii_case("http")
                || scheme.eq_ignore_ascii_case("https")
            {
                format!("Only URLs with a scheme in: file and data are supported by the default ESM loader. Received protocol '{}:'", scheme.to_ascii_lowercase())
            } else {
                format!("Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '{}:'", scheme.to_ascii_lowercase())
            };
            return Err(ResolveError::new("ERR_UNSUPPORTED_ESM_URL_SCHEME", message));
        }
        self.esm_package_resolve(spec, base, ESM_CONDITIONS)
    }

    /// PACKAGE_RESOLVE of a bare specifier from the file (or `package.json`) `base`.
    pub(crate) fn esm_package_resolve(
        &self,
        spec: &str,
        base: &Path,
        conditions: &[&str],
    ) -> Result<Resolved, ResolveError> {
        if self.is_builtin(spec) && !spec.starts_with("node:") {
            return Ok(Resolved::Builtin(spec.to_string()));
        }
        let Some((name, subpath)) = split_package(spec) else {
            return Err(ResolveError::invalid_module_specifier(
                spec,
                "is not a valid package name",
                Some(base),
            ));
        };
        let ctx = Ctx {
            conditions,
            base: Some(base),
        };
        if let Some(scope) = self.packages.scope_of(base)? {
            if scope.exports.is_some() && scope.name.as_deref() == Some(name) {
                return self.esm_finalize_hit(self.exports_resolve(&scope, &subpath, &ctx)?, base);
            }
        }
        let mut dir = base.parent();
        while let Some(d) = dir {
            dir = d.parent();
            let pkg_dir = d.join("node_modules").join(name);
            if paths::stat(&pkg_dir) != Kind::Dir {
                continue;
            }
            let pkg = self.packages.read_checked(&pkg_dir.join("package.json"))?;
            if let Some(pkg) = pkg.as_ref().filter(|p| p.exports.is_some()) {
                return self.esm_finalize_hit(self.exports_resolve(pkg, &subpath, &ctx)?, base);
            }
            if subpath == "." {
                return legacy_main(&pkg_dir, pkg.as_ref().and_then(|p| p.main.as_deref()), base);
            }
            return esm_finalize(&paths::url_resolve(&pkg_dir, &subpath), base);
        }
        Err(ResolveError::new(
            "ERR_MODULE_NOT_FOUND",
            format!("Cannot find package '{name}'{}", imported_from(Some(base))),
        ))
    }

    fn esm_finalize_hit(&self, hit: Hit, base: &Path) -> Result<Resolved, ResolveError> {
        match hit {
            Hit::Url(url) => esm_finalize(&url, base),
            Hit::Done(resolved) => Ok(resolved),
        }
    }

    /// Node's hint for an ESM "not found"/"directory import": what `require` would have found,
    /// written relative to the importing file, as `pkg/subpath`, or as an absolute path.
    pub(crate) fn add_commonjs_hint(&self, err: &mut ResolveError, spec: &str, parent: &Path) {
        if err.code != "ERR_MODULE_NOT_FOUND" && err.code != "ERR_UNSUPPORTED_DIR_IMPORT" {
            return;
        }
        let spec = match url_scheme(spec) {
            Some(end) if spec[..end].eq_ignore_ascii_case("file") => {
                match file_url_path(&spec[end + 1..]) {
                    Ok(p) => paths::percent_decode(&p),
                    Err(_) => return,
                }
            }
            _ => spec.to_string(),
        };
        let Ok(Resolved::File(found)) = self.cjs_resolve(&spec, Some(parent)) else {
            return;
        };
        let found_str = found.to_string_lossy().into_owned();
        let hint = if is_relative(&spec) {
            let rel = paths::relative(parent.parent().unwrap_or(Path::new("/")), &found);
            if rel.starts_with("../") {
                rel
            } else {
                format!("./{rel}")
            }
        } else if !spec.starts_with('/') {
            let pkg = spec.split('/').next().unwrap_or("");
            let needle = format!("/node_modules/{pkg}/");
            match found_str.rfind(&needle) {
                Some(i) => {
                    let rest: Vec<String> = found_str[i + needle.len()..]
                        .split('/')
                        .map(encode_uri_component)
                        .collect();
                    format!("{pkg}/{}", rest.join("/"))
                }
                None => paths::to_file_url(&found),
            }
        } else {
            found_str
        };
        if hint != spec {
            let quoted = serde_json::Value::String(hint).to_string();
            err.message
                .push_str(&format!("\nDid you mean to import {quoted}?"));
        }
    }
}

/// FINALIZE: the URL path must name an existing file (not a directory); symlinks resolved.
fn esm_finalize(url: &str, base: &Path) -> Result<Resolved, ResolveError> {
    if paths::has_encoded_separator(url) {
        return Err(ResolveError::invalid_module_specifier(
            url,
            "must not include encoded \"/\" or \"\\\" characters",
            Some(base),
        ));
    }
    let path = paths::percent_decode(url);
    // Node stats the last character alone of a path ending in `/`, so any such path is
    // reported as a directory, whether or not it exists.
    let kind = if path.ends_with('/') {
        Kind::Dir
    } else {
        paths::stat(Path::new(&path))
    };
    match kind {
        Kind::File => Ok(Resolved::File(paths::realpath(Path::new(&path)))),
        Kind::Dir => Err(ResolveError::new(
            "ERR_UNSUPPORTED_DIR_IMPORT",
            format!(
                "Directory import '{path}' is not supported resolving ES modules{}",
                imported_from(Some(base))
            ),
        )),
        Kind::Missing => Err(ResolveError::new(
            "ERR_MODULE_NOT_FOUND",
            format!("Cannot find module '{path}'{}", imported_from(Some(base))),
        )),
    }
}

/// The legacy `main` lookup for an imported package without `exports`: `main` with the
/// CommonJS extensions and index files, then `index.js`/`.json`/`.node`.
fn legacy_main(pkg_dir: &Path, main: Option<&str>, base: &Path) -> Result<Resolved, ResolveError> {
    let mut candidates: Vec<String> = Vec::new();
    if let Some(main) = main {
        for suffix in [
            "",
            ".js",
            ".json",
            ".node",
            "/index.js",
            "/index.json",
            "/index.node",
        ] {
            candidates.push(format!("./{main}{suffix}"));
        }
    }
    candidates.extend(["./index.js", "./index.json", "./index.node"].map(String::from));
    for candidate in &candidates {
        let path = PathBuf::from(paths::percent_decode(&paths::url_resolve(
            pkg_dir, candidate,
        )));
        if paths::stat(&path) == Kind::File {
            return Ok(Resolved::File(paths::realpath(&path)));
        }
    }
    let missing = paths::percent_decode(&paths::url_resolve(
        pkg_dir,
        &format!("./{}", main.unwrap_or("index.js")),
    ));
    Err(ResolveError::new(
        "ERR_MODULE_NOT_FOUND",
        format!(
            "Cannot find package '{missing}'{}",
            imported_from(Some(base))
        ),
    ))
}

/// The length of a URL scheme at the start of `spec` (`file` in `file:///x`), if any.
fn url_scheme(spec: &str) -> Option<usize> {
    let end = spec.find(':')?;
    let scheme = &spec[..end];
    let mut chars = scheme.chars();
    (chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)))
    .then_some(end)
}

/// The (still percent-encoded) path of a `file:` URL given without its `file:`.
fn file_url_path(rest: &str) -> Result<String, ResolveError> {
    let rest = rest.replace('\\', "/");
    let path = match rest.strip_prefix("//") {
        Some(after) => {
            let (host, path) = after.split_at(after.find('/').unwrap_or(after.len()));
            if !host.is_empty() && !host.eq_ignore_ascii_case("localhost") {
                return Err(ResolveError::new(
                    "ERR_INVALID_FILE_URL_HOST",
                    "File URL host must be \"localhost\" or empty on linux".to_string(),
                ));
            }
            path.to_string()
        }
        None => rest,
    };
    Ok(paths::url_resolve(Path::new("/"), &path))
}

/// `encodeURIComponent`.
fn encode_uri_component(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
