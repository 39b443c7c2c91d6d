//! ECMAScript modules: the engine's module resolver/loader hooks (Node's ESM resolution through
//! weft-resolve), `import.meta`, and importing built-ins, JSON and CommonJS.
//!
//! Built-ins and CommonJS modules are exposed as synthetic modules whose named exports are the
//! keys of their `module.exports`. Known difference from Node: a CommonJS module imported from
//! ESM runs when the importing graph is loaded, not at its place in evaluation order.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use rquickjs::loader::{ImportAttributes, Loader, Resolver};
use rquickjs::module::Declared;
use rquickjs::promise::PromiseState;
use rquickjs::{Ctx, Function, Module, Object, Runtime, Value};
use weft_resolve::{Format, Resolved};

use crate::bindings::modules::{read_source, resolve_error_value};
use crate::realm::Realm;

struct NodeResolver;

impl Resolver for NodeResolver {
    fn resolve<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        base: &str,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> rquickjs::Result<String> {
        crate::realm::with_current(|realm| {
            let parent = if base.starts_with('/') {
                Some(PathBuf::from(base))
            } else {
                None
            };
            let parent = parent.or_else(|| std::env::current_dir().ok().map(|d| d.join("[eval]")));
            match realm.resolver.resolve_import(name, parent.as_deref()) {
                Ok(Resolved::Builtin(id)) => Ok(format!("node:{id}")),
                Ok(Resolved::File(p)) => Ok(p.to_string_lossy().to_string()),
                Err(e) => Err(ctx.throw(resolve_error_value(realm, &e, &[]))),
            }
        })
        .unwrap_or_else(|| Err(rquickjs::Error::new_resolving(base, name)))
    }
}

struct NodeLoader;

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c == '$' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c == '$' || c.is_alphanumeric())
        && !matches!(
            s,
            "default"
                | "import"
                | "export"
                | "class"
                | "function"
                | "var"
                | "let"
                | "const"
                | "delete"
                | "new"
                | "in"
                | "typeof"
                | "void"
                | "return"
                | "if"
                | "else"
                | "for"
                | "while"
                | "do"
                | "switch"
                | "case"
                | "break"
                | "continue"
                | "throw"
                | "try"
                | "catch"
                | "finally"
                | "with"
                | "yield"
                | "await"
                | "enum"
                | "super"
                | "this"
                | "null"
                | "true"
                | "false"
                | "debugger"
                | "extends"
                | "instanceof"
                | "static"
                | "implements"
                | "interface"
                | "package"
                | "private"
                | "protected"
                | "public"
        )
}

/// Declares a module re-exporting `exports` (default + one named export per identifier key).
fn declare_synthetic<'js>(
    ctx: &Ctx<'js>,
    name: &str,
    exports: Value<'js>,
) -> rquickjs::Result<Module<'js, Declared>> {
    let mut src = String::from("const m = import.meta.weftExports;\nexport default m;\n");
    if let Some(obj) = exports.as_object() {
        for key in obj.keys::<String>() {
            let key = key?;
            if is_identifier(&key) {
                src.push_str(&format!("export const {key} = m[{key:?}];\n"));
            }
        }
    }
    let module = Module::declare(ctx.clone(), name, src)?;
    module.meta()?.set("weftExports", exports)?;
    Ok(module)
}

fn set_file_meta<'js>(module: &Module<'js, Declared>, path: &Path) -> rquickjs::Result<()> {
    let meta = module.meta()?;
    meta.set("url", file_url(path))?;
    meta.set("filename", path.to_string_lossy().to_string())?;
    meta.set(
        "dirname",
        path.parent()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default(),
    )?;
    Ok(())
}

/// `file://` URL of an absolute path, percent-encoding what URLs require.
pub fn file_url(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'/'
            | b'-'
            | b'_'
            | b'.'
            | b'~'
            | b'!'
            | b'$'
            | b'&'
            | b'\''
            | b'('
            | b')'
            | b'*'
            | b'+'
            | b','
            | b';'
            | b'='
            | b':'
            | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

impl Loader for NodeLoader {
    fn load<'js>(
        &mut self,
        ctx: &Ctx<'js>,
        name: &str,
        _attributes: Option<ImportAttributes<'js>>,
    ) -> rquickjs::Result<Module<'js, Declared>> {
        crate::realm::with_current(|realm| -> rquickjs::Result<Module<'js, Declared>> {
            if let Some(id) = name.strip_prefix("node:") {
                let exports = realm.require_builtin(id)?;
                return declare_synthetic(ctx, name, exports);
            }
            let path = Path::new(name);
            match realm.resolver.format_of(path) {
                Format::Module => {
                    let source = read_source(path).map_err(|e| {
                        ctx.throw(crate::bindings::fs_error(realm, &e, "open", name))
                    })?;
                    let module = Module::declare(ctx.clone(), name, source)?;
                    set_file_meta(&module, path)?;
                    Ok(module)
                }
                Format::Json => {
                    let source = read_source(path).map_err(|e| {
                        ctx.throw(crate::bindings::fs_error(realm, &e, "open", name))
                    })?;
                    let value = ctx.json_parse(source)?;
                    let module = Module::declare(
                        ctx.clone(),
                        name,
                        "export default import.meta.weftExports;",
                    )?;
                    module.meta()?.set("weftExports", value)?;
                    Ok(module)
                }
                _ => {
                    let loader: Object<'js> = realm
                        .require_builtin("internal/modules/cjs/loader")?
                        .get()?;
                    let require_for_import: Function<'js> = loader.get("requireForImport")?;
                    let exports: Value<'js> = require_for_import.call((name,))?;
                    declare_synthetic(ctx, name, exports)
                }
            }
        })
        .unwrap_or_else(|| Err(rquickjs::Error::new_loading(name)))
    }
}

/// `require()` of an ES module file (Node's require(esm)): declares and evaluates it (and
/// its imports) synchronously, returning `[namespace, settled]`. `settled` is false when the
/// graph uses top-level await (the caller throws ERR_REQUIRE_ASYNC_MODULE, as Node does); a
/// synchronous evaluation error is thrown, its promise marked handled. Known difference from
/// Node: a file already loaded by `import` is declared again (evaluated a second time).
pub fn require_module<'js>(realm: &Rc<Realm<'js>>, path: &Path) -> rquickjs::Result<Value<'js>> {
    let ctx = &realm.ctx;
    let name = path.to_string_lossy().to_string();
    let source = read_source(path)
        .map_err(|e| ctx.throw(crate::bindings::fs_error(realm, &e, "open", &name)))?;
    let module = Module::declare(ctx.clone(), name.clone(), source)?;
    set_file_meta(&module, path)?;
    let (module, promise) = module.eval()?;
    let settled = match promise.state() {
        PromiseState::Pending => false,
        PromiseState::Resolved => true,
        PromiseState::Rejected => {
            let noop = Function::new(ctx.clone(), || {})?;
            let _: Value<'js> = promise
                .catch()?
                .call((rquickjs::function::This(promise.clone()), noop))?;
            return match promise.result::<Value<'js>>() {
                Some(Err(e)) => Err(e),
                _ => Err(rquickjs::Error::Exception),
            };
        }
    };
    let mut namespace = module.namespace()?;
    // Node hands out the namespace of a facade that adds `__esModule: true` when the module
    // has a default export (for tools that convert ESM to CommonJS).
    if settled && namespace.contains_key("default")? && !namespace.contains_key("__esModule")? {
        let spec = format!("{name:?}");
        let facade = Module::declare(
            ctx.clone(),
            format!("{name}#weft-require-esm"),
            format!("export * from {spec};\nexport {{ default }} from {spec};\nexport const __esModule = true;\n"),
        )?;
        let (facade, _) = facade.eval()?;
        namespace = facade.namespace()?;
    }
    let out = rquickjs::Array::new(ctx.clone())?;
    out.set(0, namespace)?;
    out.set(1, settled)?;
    Ok(out.into_value())
}

/// Installs the module hooks on the runtime (before any context work starts).
pub fn install_loader(runtime: &Runtime) {
    runtime.set_loader(NodeResolver, NodeLoader);
}

/// Runs an ES module entry point. A synchronous failure is returned; a rejection of the
/// module's evaluation (including top-level await) is reported as an uncaught exception.
pub fn run_main<'js>(realm: &Rc<Realm<'js>>, path: &Path) -> Result<(), Value<'js>> {
    let ctx = &realm.ctx;
    let name = path.to_string_lossy().to_string();
    let run = || -> rquickjs::Result<()> {
        let source = read_source(path)
            .map_err(|e| ctx.throw(crate::bindings::fs_error(realm, &e, "open", &name)))?;
        let module = Module::declare(ctx.clone(), name.clone(), source)?;
        set_file_meta(&module, path)?;
        let (_module, promise) = module.eval()?;
        let r = realm.clone();
        let on_reject = Function::new(ctx.clone(), move |err: Value<'js>| {
            crate::fatal::handle_uncaught(&r, err);
        })?;
        let then: Function<'js> = promise.get("then")?;
        let _: Value<'js> = then.call((
            rquickjs::function::This(promise.clone()),
            Value::new_undefined(ctx.clone()),
            on_reject,
        ))?;
        Ok(())
    };
    run().map_err(|_| ctx.catch())
}
