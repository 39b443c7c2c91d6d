//! The `package.json` `"exports"` and `"imports"` fields: PACKAGE_EXPORTS_RESOLVE,
//! PACKAGE_IMPORTS_RESOLVE, PACKAGE_IMPORTS_EXPORTS_RESOLVE (subpath patterns with `*`,
//! PATTERN_KEY_COMPARE), and PACKAGE_TARGET_RESOLVE (strings, conditional objects in key order,
//! arrays of fallbacks, `null`) from "ECMAScript modules, Resolution algorithm", shared by
//! `require` ("Modules: CommonJS modules, All together", RESOLVE_PACKAGE_EXPORTS) and `import`.
//! Node 26 enables the `module-sync` condition for both, besides `node` and `require`/`import`.

use std::path::Path;

use serde_json::{Map, Value};

use crate::error::{imported_from, ResolveError};
use crate::package_json::PackageJson;
use crate::paths;
use crate::{Resolved, Resolver};

/// Conditions `require` matches (plus `default`).
pub(crate) const CJS_CONDITIONS: &[&str] = &["require", "node", "module-sync"];
/// Conditions `import` matches (plus `default`).
pub(crate) const ESM_CONDITIONS: &[&str] = &["import", "node", "module-sync"];

/// Where and how an `exports`/`imports` lookup runs.
pub(crate) struct Ctx<'a> {
    pub conditions: &'a [&'a str],
    /// The importing file, named in errors as "imported from"; `None` where Node names none
    /// (`require` of a package in `node_modules`).
    pub base: Option<&'a Path>,
}

/// A successful lookup: a URL path still to be checked on disk, or a package import target
/// that `PACKAGE_RESOLVE` already settled.
#[derive(Debug)]
pub(crate) enum Hit {
    /// Percent-encoded absolute path.
    Url(String),
    Done(Resolved),
}

/// The three outcomes of PACKAGE_TARGET_RESOLVE: no matching condition, an explicit `null`,
/// or a target.
enum Target {
    Undefined,
    Null,
    Found(Hit),
}

impl Resolver {
    /// PACKAGE_EXPORTS_RESOLVE of `subpath` (`"."` or `"./x"`) in `pkg`, whose `exports` is set.
    pub(crate) fn exports_resolve(
        &self,
        pkg: &PackageJson,
        subpath: &str,
        ctx: &Ctx<'_>,
    ) -> Result<Hit, ResolveError> {
        let Some(exports) = &pkg.exports else {
            return Err(not_exported(pkg, subpath, ctx));
        };
        let subpath_map = match exports {
            Value::Object(map) => is_subpath_map(map, pkg, ctx)?,
            _ => false,
        };
        if subpath == "." {
            let main = match exports {
                Value::Object(map) if subpath_map => map.get("."),
                other => Some(other),
            };
            if let Some(target) = main {
                if let Target::Found(hit) =
                    self.target_resolve(pkg, target, None, ".", false, ctx)?
                {
                    return Ok(hit);
                }
            }
        } else if let (Value::Object(map), true) = (exports, subpath_map) {
            if let Some(hit) = self.map_resolve(pkg, map, subpath, false, ctx)? {
                return Ok(hit);
            }
        }
        Err(not_exported(pkg, subpath, ctx))
    }

    /// PACKAGE_IMPORTS_RESOLVE of a `#name` specifier in the package scope of `ctx.base`.
    pub(crate) fn imports_resolve(
        &self,
        name: &str,
        scope: Option<&PackageJson>,
        ctx: &Ctx<'_>,
    ) -> Result<Hit, ResolveError> {
        if name == "#" || name.ends_with('/') {
            return Err(ResolveError::invalid_module_specifier(
                name,
                "is not a valid internal imports specifier name",
                ctx.base,
            ));
        }
        if let Some(pkg) = scope {
            if let Some(imports) = &pkg.imports {
                if let Some(hit) = self.map_resolve(pkg, imports, name, true, ctx)? {
                    return Ok(hit);
                }
            }
        }
        let in_package = scope
            .map(|p| format!(" in package {}", p.path.display()))
            .unwrap_or_default();
        Err(ResolveError::new(
            "ERR_PACKAGE_IMPORT_NOT_DEFINED",
            format!(
                "Package import specifier \"{name}\" is not defined{in_package}{}",
                imported_from(ctx.base)
            ),
        ))
    }

    /// PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key, else the best `*` pattern key.
    fn map_resolve(
        &self,
        pkg: &PackageJson,
        map: &Map<String, Value>,
        key: &str,
        imports: bool,
        ctx: &Ctx<'_>,
    ) -> Result<Option<Hit>, ResolveError> {
        if !key.contains('*') {
            if let Some(target) = map.get(key) {
                return Ok(
                    match self.target_resolve(pkg, target, None, key, imports, ctx)? {
                        Target::Found(hit) => Some(hit),
                        _ => None,
                    },
                );
            }
        }
        let mut best: Option<(&str, &str)> = None;
        for candidate in map.keys() {
            let Some(star) = candidate.find('*') else {
                continue;
            };
            let (prefix, trailer) = (&candidate[..star], &candidate[star + 1..]);
            if key.starts_with(prefix)
                && key.len() >= candidate.len()
                && key.ends_with(trailer)
                && !trailer.contains('*')
                && best.is_none_or(|(b, _)| {
                    pattern_key_compare(b, candidate) == std::cmp::Ordering::Greater
                })
            {
                best = Some((candidate.as_str(), &key[star..key.len() - trailer.len()]));
            }
        }
        if let Some((best_key, matched)) = best {
            if let Some(target) = map.get(best_key) {
                if let Target::Found(hit) =
                    self.target_resolve(pkg, target, Some(matched), best_key, imports, ctx)?
                {
                    return Ok(Some(hit));
                }
            }
        }
        Ok(None)
    }

    /// PACKAGE_TARGET_RESOLVE.
    fn target_resolve(
        &self,
        pkg: &PackageJson,
        target: &Value,
        pattern: Option<&str>,
        key: &str,
        imports: bool,
        ctx: &Ctx<'_>,
    ) -> Result<Target, ResolveError> {
        match target {
            Value::String(t) => self
                .string_target(pkg, t, pattern, key, imports, ctx)
                .map(Target::Found),
            Value::Null => Ok(Target::Null),
            Value::Array(list) => {
                let mut last: Option<Result<Target, ResolveError>> = None;
                for item in list {
                    match self.target_resolve(pkg, item, pattern, key, imports, ctx) {
                        Err(e) if e.code == "ERR_INVALID_PACKAGE_TARGET" => last = Some(Err(e)),
                        Err(e) => return Err(e),
                        Ok(Target::Undefined) => {}
                        Ok(Target::Null) => last = Some(Ok(Target::Null)),
                        Ok(found) => return Ok(found),
                    }
                }
                last.unwrap_or(Ok(Target::Undefined))
            }
            Value::Object(map) => {
                if map.keys().any(|k| is_array_index(k)) {
                    return Err(ResolveError::invalid_package_config(
                        &pkg.path,
                        ctx.base.map(paths::to_file_url).as_deref(),
                        Some("\"exports\" cannot contain numeric property keys."),
                    ));
                }
                for (cond, value) in map {
                    if cond == "default" || ctx.conditions.contains(&cond.as_str()) {
                        match self.target_resolve(pkg, value, pattern, key, imports, ctx)? {
                            Target::Undefined => continue,
                            other => return Ok(other),
                        }
                    }
                }
                Ok(Target::Undefined)
            }
            other => Err(invalid_target(
                pkg,
                key,
                &other.to_string(),
                false,
                imports,
                ctx,
            )),
        }
    }

    fn string_target(
        &self,
        pkg: &PackageJson,
        target: &str,
        pattern: Option<&str>,
        key: &str,
        imports: bool,
        ctx: &Ctx<'_>,
    ) -> Result<Hit, ResolveError> {
        let substituted = |t: &str| match pattern {
            Some(m) => t.replace('*', m),
            None => t.to_string(),
        };
        let invalid = || {
            invalid_target(
                pkg,
                key,
                &Value::String(target.to_string()).to_string(),
                !imports && !target.is_empty() && !target.starts_with("./"),
                imports,
                ctx,
            )
        };
        if !target.starts_with("./") {
            if imports && !target.starts_with("../") && !target.starts_with('/') && !is_url(target)
            {
                let spec = substituted(target);
                return self
                    .esm_package_resolve(&spec, &pkg.path, ctx.conditions)
                    .map(Hit::Done);
            }
            return Err(invalid());
        }
        if has_invalid_segment(&target[2..]) {
            return Err(invalid());
        }
        if let Some(m) = pattern {
            if has_invalid_segment(m) {
                let request = key.replacen('*', m, 1);
                let reason = format!(
                    "request is not a valid match in pattern \"{key}\" for the \"{}\" resolution of {}",
                    if imports { "imports" } else { "exports" },
                    pkg.path.display()
                );
                return Err(ResolveError::invalid_module_specifier(
                    &request, &reason, ctx.base,
                ));
            }
        }
        Ok(Hit::Url(paths::url_resolve(&pkg.dir, &substituted(target))))
    }
}

/// Whether an `exports` object maps subpaths (keys starting with `.`) rather than conditions;
/// a mix is Node's `ERR_INVALID_PACKAGE_CONFIG`.
fn is_subpath_map(
    map: &Map<String, Value>,
    pkg: &PackageJson,
    ctx: &Ctx<'_>,
) -> Result<bool, ResolveError> {
    let mut dotted = None;
    for k in map.keys() {
        let d = k.starts_with('.');
        match dotted {
            None => dotted = Some(d),
            Some(prev) if prev != d => {
                return Err(ResolveError::invalid_package_config(
                    &pkg.path,
                    ctx.base.map(paths::to_file_url).as_deref(),
                    Some("\"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only."),
                ))
            }
            _ => {}
        }
    }
    Ok(dotted.unwrap_or(false))
}

/// PATTERN_KEY_COMPARE: `Greater` when `b` is the more specific pattern key.
fn pattern_key_compare(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    let (ai, bi) = (a.find('*'), b.find('*'));
    let base_a = ai.map_or(a.len(), |i| i + 1);
    let base_b = bi.map_or(b.len(), |i| i + 1);
    if base_a > base_b {
        return Less;
    }
    if base_b > base_a {
        return Greater;
    }
    if ai.is_none() {
        return Greater;
    }
    if bi.is_none() {
        return Less;
    }
    b.len().cmp(&a.len())
}

/// Whether a target path (after its `./`) or a pattern match has a `.`, `..` or `node_modules`
/// segment, literally or percent-encoded, in any case.
fn has_invalid_segment(s: &str) -> bool {
    s.split(['/', '\\']).any(|seg| {
        let seg = paths::percent_decode(seg).to_ascii_lowercase();
        seg == "." || seg == ".." || seg == "node_modules"
    })
}

fn is_url(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.find(':').is_some_and(|i| {
            s[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        })
}

fn is_array_index(k: &str) -> bool {
    !k.is_empty()
        && k.bytes().all(|b| b.is_ascii_digit())
        && (k == "0" || !k.starts_with('0'))
        && k.parse::<u32>().is_ok_and(|n| n < u32::MAX)
}

fn pkg_dir_slash(pkg: &PackageJson) -> String {
    let mut d = pkg.dir.display().to_string();
    if !d.ends_with('/') {
        d.push('/');
    }
    d
}

fn invalid_target(
    pkg: &PackageJson,
    key: &str,
    target_json: &str,
    related: bool,
    imports: bool,
    ctx: &Ctx<'_>,
) -> ResolveError {
    let hint = if related {
        "; targets must start with \"./\""
    } else {
        ""
    };
    let base = imported_from(ctx.base);
    let dir = pkg_dir_slash(pkg);
    let message = if key == "." && !imports {
        format!("Invalid \"exports\" main target {target_json} defined in the package config {dir}package.json{base}{hint}")
    } else {
        let field = if imports { "imports" } else { "exports" };
        format!("Invalid \"{field}\" target {target_json} defined for '{key}' in the package config {dir}package.json{base}{hint}")
    };
    ResolveError::new("ERR_INVALID_PACKAGE_TARGET", message)
}

fn not_exported(pkg: &PackageJson, subpath: &str, ctx: &Ctx<'_>) -> ResolveError {
    let base = imported_from(ctx.base);
    let message = if subpath == "." {
        format!(
            "No \"exports\" main defined in {}{base}",
            pkg.path.display()
        )
    } else {
        format!(
            "Package subpath '{subpath}' is not defined by \"exports\" in {}{base}",
            pkg.path.display()
        )
    };
    ResolveError::new("ERR_PACKAGE_PATH_NOT_EXPORTED", message)
}

/// The package name and `.`-prefixed subpath of a bare specifier, or `None` for an invalid
/// package name (empty, starting with `.`, containing `\` or `%`, or a scope without a name).
pub(crate) fn split_package(spec: &str) -> Option<(&str, String)> {
    let end = if spec.starts_with('@') {
        let slash = spec.find('/')?;
        spec[slash + 1..]
            .find('/')
            .map_or(spec.len(), |i| slash + 1 + i)
    } else {
        spec.find('/').unwrap_or(spec.len())
    };
    let name = &spec[..end];
    if name.is_empty() || name.starts_with('.') || name.contains(['\\', '%']) || name.ends_with('/')
    {
        return None;
    }
    Some((name, format!(".{}", &spec[end..])))
}
