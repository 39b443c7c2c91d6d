//! `internalBinding('modules')`: module resolution (weft-resolve), reading and compiling
//! CommonJS sources, and built-in module access for user `require`.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use rquickjs::context::EvalOptions;
use rquickjs::{Function, Object, Value};
use weft_resolve::{Format, ResolveError, Resolved};

use super::def;
use crate::builtins;
use crate::realm::Realm;

/// Builds Node's error for a failed resolution (`MODULE_NOT_FOUND` carries `requireStack`).
pub fn resolve_error_value<'js>(
    realm: &Rc<Realm<'js>>,
    err: &ResolveError,
    stack: &[String],
) -> Value<'js> {
    let make = || -> rquickjs::Result<Value<'js>> {
        let class = if err.code == "ERR_INVALID_MODULE_SPECIFIER"
            || err.code == "ERR_INVALID_PACKAGE_CONFIG"
        {
            "TypeError"
        } else {
            "Error"
        };
        let mut message = err.message.clone();
        if err.code == "MODULE_NOT_FOUND"
            && !stack.is_empty()
            && !message.contains("\nRequire stack:")
        {
            message.push_str("\nRequire stack:");
            for s in stack {
                message.push_str("\n- ");
                message.push_str(s);
            }
        }
        let e = super::new_error(&realm.ctx, class, &message)?;
        e.set("code", err.code)?;
        if err.code == "MODULE_NOT_FOUND" {
            e.set("requireStack", stack.to_vec())?;
        }
        if let Some(p) = &err.path {
            e.set("path", p.to_string_lossy().to_string())?;
        }
        Ok(e.into_value())
    };
    make().unwrap_or_else(|_| realm.ctx.catch())
}

/// Reads a source file, stripping a leading shebang line (kept as an empty comment so line
/// numbers stay right).
pub fn read_source(path: &Path) -> std::io::Result<String> {
    let mut text = std::fs::read_to_string(path)?;
    if text.starts_with("#!") {
        text.replace_range(0..2, "//");
    }
    Ok(text)
}

/// Compiles a CommonJS module body into its wrapper function.
pub fn compile_cjs<'js>(
    realm: &Realm<'js>,
    source: &str,
    filename: &str,
) -> rquickjs::Result<Function<'js>> {
    // The wrapper shares the module's first line so line numbers match the file (columns on
    // line 1 are shifted by the wrapper's length; the engine cannot number a line 0).
    let wrapped =
        format!("(function (exports, require, module, __filename, __dirname) {{{source}\n}})");
    let mut opts = EvalOptions::default();
    opts.strict = false;
    opts.filename = Some(filename.to_string());
    realm.ctx.eval_with_options(wrapped, opts)
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    obj.set("builtinIds", builtins::public_ids())?;

    // Whether a built-in file exists at all, internal ones included (lazy globals use it).
    def(ctx, &obj, "hasBuiltinSource", |id: String| {
        builtins::exists(&id)
    })?;

    let r = realm.clone();
    def(ctx, &obj, "isBuiltin", move |id: String| {
        r.resolver.is_builtin(&id)
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "requireBuiltin",
        move |id: String| -> rquickjs::Result<Value<'js>> {
            if !builtins::is_public(&id) {
                let e = ResolveError {
                    code: "ERR_UNKNOWN_BUILTIN_MODULE",
                    message: format!("No such built-in module: node:{id}"),
                    require_stack: Vec::new(),
                    path: None,
                };
                return Err(r.ctx.throw(resolve_error_value(&r, &e, &[])));
            }
            r.require_builtin(&id)
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "resolve",
        move |request: String,
              parent: Option<String>,
              stack: Vec<String>|
              -> rquickjs::Result<String> {
            let parent_path = parent.as_ref().map(PathBuf::from);
            match r.resolver.resolve_require(&request, parent_path.as_deref()) {
                Ok(Resolved::Builtin(name)) => Ok(format!("node:{name}")),
                Ok(Resolved::File(p)) => Ok(p.to_string_lossy().to_string()),
                Err(e) => Err(r.ctx.throw(resolve_error_value(&r, &e, &stack))),
            }
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "compileFunction",
        move |source: String, filename: String| compile_cjs(&r, &source, &filename),
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "readSource",
        move |path: String| -> rquickjs::Result<String> {
            read_source(Path::new(&path)).map_err(|e| {
                let v = super::fs::uv_error(&r, &e, "open", Some(&path), None);
                r.ctx.throw(v)
            })
        },
    )?;

    // require(esm): `[namespace, settled]` of a synchronously evaluated ES module.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "requireModule",
        move |path: String| -> rquickjs::Result<Value<'js>> {
            crate::esm::require_module(&r, Path::new(&path))
        },
    )?;

    let r = realm.clone();
    def(ctx, &obj, "formatOf", move |path: String| -> &'static str {
        match r.resolver.format_of(Path::new(&path)) {
            Format::Module => "module",
            Format::Json => "json",
            Format::Builtin => "builtin",
            Format::Addon => "addon",
            Format::CommonJs => "commonjs",
        }
    })?;
    Ok(obj)
}
