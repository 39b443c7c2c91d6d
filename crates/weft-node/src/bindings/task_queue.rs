//! `internalBinding('task_queue')`: queueing nextTick callbacks (TickObject resources) and
//! engine microtasks.

use std::rc::Rc;

use rquickjs::{qjs, Function, Object, Value};

use super::def;
use crate::fatal;
use crate::realm::{Realm, Tick};

/// The engine job that runs a `queueMicrotask` callback: call argv[0] with no arguments.
unsafe extern "C" fn call_microtask(
    ctx: *mut qjs::JSContext,
    argc: std::os::raw::c_int,
    argv: *mut qjs::JSValue,
) -> qjs::JSValue {
    if argc < 1 || argv.is_null() {
        return qjs::JS_UNDEFINED;
    }
    // SAFETY: the engine passes `argc` live values; calling a function value with no arguments
    // and `undefined` as `this` is what `queueMicrotask` does. The result is owned by the caller.
    unsafe { qjs::JS_Call(ctx, *argv, qjs::JS_UNDEFINED, 0, std::ptr::null_mut()) }
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "queueTick",
        move |callback: Function<'js>, args: Value<'js>| -> rquickjs::Result<()> {
            // Node 26's tick object is a plain `{ callback, args }`.
            let tick_obj = Object::new(r.ctx.clone())?;
            tick_obj.set("callback", callback.clone())?;
            tick_obj.set("args", args.clone())?;
            let res = r.async_ctx.new_resource(tick_obj.into_value());
            if let Err(e) = r.async_ctx.emit_init(&res, "TickObject") {
                fatal::hook_threw(&r, e);
            }
            let args: Vec<Value<'js>> = match args.as_array() {
                Some(a) => a.iter::<Value<'js>>().collect::<rquickjs::Result<_>>()?,
                None => Vec::new(),
            };
            r.ticks.borrow_mut().push_back(Tick {
                res,
                callback,
                args,
            });
            Ok(())
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "enqueueMicrotask",
        move |callback: Function<'js>| {
            let raw = callback.as_raw();
            let mut argv = [raw];
            // SAFETY: JS_EnqueueJob duplicates the argument values it stores; the engine's patched
            // queue also captures the current context frame for the job.
            unsafe {
                qjs::JS_EnqueueJob(
                    r.ctx.as_raw().as_ptr(),
                    Some(call_microtask),
                    1,
                    argv.as_mut_ptr(),
                );
            }
        },
    )?;

    let r = realm.clone();
    def(ctx, &obj, "hasTickScheduled", move || {
        !r.ticks.borrow().is_empty()
    })?;
    Ok(obj)
}
