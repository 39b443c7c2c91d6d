//! The built-in JS modules compiled into the binary, and compiling one into its wrapper function.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rquickjs::context::EvalOptions;
use rquickjs::{Ctx, Function};

include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));

/// The source of built-in module `id`, if there is one. With `WEFT_BUILTINS_DIR` set (a
/// development aid: edit `js/` and rerun without rebuilding), a file there wins over the
/// embedded copy; the set of ids stays the one compiled in, plus any new file found there.
pub fn source(id: &str) -> Option<Cow<'static, str>> {
    if let Some(dir) = override_dir() {
        if let Ok(text) = std::fs::read_to_string(dir.join(format!("{id}.js"))) {
            return Some(Cow::Owned(text));
        }
    }
    BUILTIN_SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, src)| Cow::Borrowed(*src))
}

fn override_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| std::env::var_os("WEFT_BUILTINS_DIR").map(PathBuf::from))
        .as_deref()
}

/// Public ids of files in the override directory that are not compiled in (development only).
fn override_ids() -> Vec<String> {
    let Some(dir) = override_dir() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    collect_js(dir, dir, &mut out);
    out
}

fn collect_js(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for path in rd.filter_map(Result::ok).map(|e| e.path()) {
        if path.is_dir() {
            if !path.ends_with("dev") {
                collect_js(&path, root, out);
            }
        } else if path.extension().is_some_and(|e| e == "js") {
            if let Ok(rel) = path.with_extension("").strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// Whether built-in `id` exists (internal ones included).
pub fn exists(id: &str) -> bool {
    BUILTIN_SOURCES.iter().any(|(name, _)| *name == id)
        || override_dir().is_some_and(|d| d.join(format!("{id}.js")).is_file())
}

/// Whether user code may load `id` (`require('fs')`, `import 'node:events'`).
pub fn is_public(id: &str) -> bool {
    !id.starts_with("internal/") && exists(id)
}

/// Every id user code may load, sorted (`module.builtinModules`).
pub fn public_ids() -> Vec<String> {
    let mut ids: Vec<String> = BUILTIN_SOURCES
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| is_public(id))
        .map(String::from)
        .collect();
    for id in override_ids() {
        if !id.starts_with("internal/") && !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids.sort();
    ids
}

/// Compiles built-in `id` into `function (exports, require, module, internalBinding)`.
pub fn compile<'js>(ctx: &Ctx<'js>, id: &str) -> rquickjs::Result<Option<Function<'js>>> {
    let Some(src) = source(id) else {
        return Ok(None);
    };
    // The wrapper shares the module's first line so stack line numbers match the file.
    let wrapped = format!("(function (exports, require, module, internalBinding) {{{src}\n}})");
    let mut opts = EvalOptions::default();
    opts.strict = false;
    opts.filename = Some(format!("node:{id}"));
    ctx.eval_with_options(wrapped, opts).map(Some)
}

/// Evaluates the loader bootstrap (`internal/bootstrap/loaders`), an expression yielding a
/// function, without the module wrapper.
pub fn eval_expression<'js>(ctx: &Ctx<'js>, id: &str) -> rquickjs::Result<Option<Function<'js>>> {
    let Some(src) = source(id) else {
        return Ok(None);
    };
    let mut opts = EvalOptions::default();
    opts.strict = false;
    opts.filename = Some(format!("node:{id}"));
    ctx.eval_with_options(src.into_owned(), opts).map(Some)
}
