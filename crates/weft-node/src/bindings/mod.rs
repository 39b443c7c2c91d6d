//! `internalBinding(name)`: the native functions built-in JS modules are written against
//! (Node's `internalBinding` convention). One file per binding; each returns a plain object.

use std::collections::HashMap;
use std::rc::Rc;

use rquickjs::function::IntoJsFunc;
use rquickjs::{Ctx, Function, Object};

use crate::realm::Realm;

mod als;
mod async_wrap;
mod buffer;
mod cares_wrap;
mod crypto;
mod fs;
mod http_parser;
pub mod modules;
mod os;
mod process_methods;
mod process_wrap;
mod runtime_hooks;
mod signals;
mod stdio;
mod stream_wrap;
mod task_queue;
mod timers;
mod url;
mod util;
mod uv;
mod vm;
mod worker;
mod zlib;

/// Defines `name` as a native function on `obj`.
pub(crate) fn def<'js, P, F>(
    ctx: &Ctx<'js>,
    obj: &Object<'js>,
    name: &str,
    f: F,
) -> rquickjs::Result<()>
where
    F: IntoJsFunc<'js, P> + 'js,
{
    let func = Function::new(ctx.clone(), f)?.with_name(name)?;
    obj.set(name, func)
}

/// Builds every binding and returns the `internalBinding` function.
pub fn make_internal_binding<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Function<'js>> {
    let ctx = &realm.ctx;
    let mut table: HashMap<&'static str, Object<'js>> = HashMap::new();
    table.insert("als", als::make(realm)?);
    table.insert("async_wrap", async_wrap::make(realm)?);
    table.insert("buffer", buffer::make(realm)?);
    table.insert("cares_wrap", cares_wrap::make(realm)?);
    table.insert("crypto", crypto::make(realm)?);
    table.insert("fs", fs::make(realm)?);
    table.insert("http_parser", http_parser::make(realm)?);
    table.insert("modules", modules::make(realm)?);
    table.insert("os", os::make(realm)?);
    table.insert("process_methods", process_methods::make(realm)?);
    worker::patch_process_methods(realm, &table["process_methods"])?;
    table.insert("process_wrap", process_wrap::make(realm)?);
    table.insert("runtime_hooks", runtime_hooks::make(realm)?);
    table.insert("signals", signals::make(realm)?);
    table.insert("stdio", stdio::make(realm)?);
    table.insert("stream_wrap", stream_wrap::make(realm)?);
    table.insert("task_queue", task_queue::make(realm)?);
    table.insert("timers", timers::make(realm)?);
    table.insert("url", url::make(realm)?);
    table.insert("util", util::make(realm)?);
    table.insert("uv", uv::make(realm)?);
    table.insert("vm", vm::make(realm)?);
    table.insert("worker", worker::make(realm)?);
    table.insert("zlib", zlib::make(realm)?);
    let ctx2 = ctx.clone();
    Function::new(
        ctx.clone(),
        move |name: String| -> rquickjs::Result<Object<'js>> {
            match table.get(name.as_str()) {
                Some(o) => Ok(o.clone()),
                None => Err(rquickjs::Exception::throw_message(
                    &ctx2,
                    &format!("No such binding: {name}"),
                )),
            }
        },
    )
}

pub use worker::serialize as worker_serialize;

/// Node's error for a failed file operation on `path` (used by the module loaders).
pub fn fs_error<'js>(
    realm: &Rc<Realm<'js>>,
    err: &std::io::Error,
    syscall: &str,
    path: &str,
) -> rquickjs::Value<'js> {
    fs::uv_error(realm, err, syscall, Some(path), None)
}

/// Creates `new globalThis[class](message)` (Error, TypeError, RangeError...).
pub fn new_error<'js>(ctx: &Ctx<'js>, class: &str, message: &str) -> rquickjs::Result<Object<'js>> {
    let ctor: rquickjs::function::Constructor<'js> = ctx.globals().get(class)?;
    ctor.construct((message,))
}

/// Copies the bytes a typed array views.
pub fn typed_bytes(arr: &rquickjs::TypedArray<'_, u8>) -> Vec<u8> {
    // SAFETY: the slice is copied before any JS can run and resize or detach the buffer.
    unsafe { arr.as_bytes() }
        .map(|b| b.to_vec())
        .unwrap_or_default()
}
