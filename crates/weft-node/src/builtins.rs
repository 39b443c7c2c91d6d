//! The built-in JS modules compiled into the binary, and compiling one into its wrapper function.

use rquickjs::context::EvalOptions;
use rquickjs::{Ctx, Function};

include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));

/// The source of built-in module `id`, if there is one.
pub fn source(id: &str) -> Option<&'static str> {
    BUILTIN_SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .map(|(_, src)| *src)
}

/// Whether user code may load `id` (`require('fs')`, `import 'node:events'`).
pub fn is_public(id: &str) -> bool {
    !id.starts_with("internal/") && source(id).is_some()
}

/// Every id user code may load, sorted (`module.builtinModules`).
pub fn public_ids() -> Vec<String> {
    let mut ids: Vec<String> = BUILTIN_SOURCES
        .iter()
        .map(|(id, _)| *id)
        .filter(|id| is_public(id))
        .map(String::from)
        .collect();
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
    ctx.eval_with_options(src, opts).map(Some)
}
