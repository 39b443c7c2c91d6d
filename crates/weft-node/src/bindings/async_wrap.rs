//! `internalBinding('async_wrap')`: ids, the execution context, hook registration, destroy
//! queueing, the context frame and the scope guard, for `node:async_hooks` and the JS-side
//! resources (Node's `internalBinding('async_wrap')` plus the emit helpers of
//! lib/internal/async_hooks.js).

use std::rc::Rc;

use rquickjs::function::Args;
use rquickjs::{Array, Function, Object, Value};
use weft_async_core::PROVIDERS;
use weft_engine::context_slot;

use super::def;
use crate::async_context::{current_ids, HookFns, Resource};
use crate::fatal;
use crate::realm::Realm;
use weft_engine::native_fn::{new_raw_function, number, raw_context_slot};

fn opt_fn<'js>(v: Value<'js>) -> Option<Function<'js>> {
    v.into_function()
}

unsafe extern "C" fn execution_async_id(
    _ctx: *mut rquickjs::qjs::JSContext,
    _this: rquickjs::qjs::JSValue,
    _argc: std::os::raw::c_int,
    _argv: *mut rquickjs::qjs::JSValue,
) -> rquickjs::qjs::JSValue {
    number(current_ids().0)
}

unsafe extern "C" fn trigger_async_id(
    _ctx: *mut rquickjs::qjs::JSContext,
    _this: rquickjs::qjs::JSValue,
    _argc: std::os::raw::c_int,
    _argv: *mut rquickjs::qjs::JSValue,
) -> rquickjs::qjs::JSValue {
    number(current_ids().1)
}

unsafe extern "C" fn get_frame(
    ctx: *mut rquickjs::qjs::JSContext,
    _this: rquickjs::qjs::JSValue,
    _argc: std::os::raw::c_int,
    _argv: *mut rquickjs::qjs::JSValue,
) -> rquickjs::qjs::JSValue {
    // SAFETY: the engine calls native functions with its live context.
    unsafe { raw_context_slot(ctx) }
}

/// Declares a native function of no arguments computing its result from the current realm.
macro_rules! realm_query {
    ($name:ident, |$realm:ident| $body:expr) => {
        unsafe extern "C" fn $name(
            _ctx: *mut rquickjs::qjs::JSContext,
            _this: rquickjs::qjs::JSValue,
            _argc: std::os::raw::c_int,
            _argv: *mut rquickjs::qjs::JSValue,
        ) -> rquickjs::qjs::JSValue {
            crate::realm::with_current(|$realm: &Rc<Realm<'_>>| $body)
                .unwrap_or(rquickjs::qjs::JS_UNDEFINED)
        }
    };
}

fn boolean(b: bool) -> rquickjs::qjs::JSValue {
    rquickjs::qjs::JS_MKVAL(rquickjs::qjs::JS_TAG_BOOL, i32::from(b))
}

realm_query!(new_async_id, |r| number(r.async_ctx.new_async_id()));
realm_query!(default_trigger, |r| number(
    r.async_ctx.default_trigger_async_id()
));
realm_query!(hooks_enabled, |r| boolean(r.async_ctx.hooks_enabled()));
realm_query!(destroy_hooks_exist, |r| boolean(
    r.async_ctx.destroy_hooks_exist()
));
realm_query!(init_hooks_exist, |r| boolean(
    r.async_ctx.count(weft_async_core::HookKind::Init) > 0
));

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    // The hot queries are plain C functions reading a cell (see async_context::current_ids).
    obj.set(
        "executionAsyncId",
        new_raw_function(ctx, c"executionAsyncId", execution_async_id, 0)?,
    )?;
    obj.set(
        "triggerAsyncId",
        new_raw_function(ctx, c"triggerAsyncId", trigger_async_id, 0)?,
    )?;
    obj.set(
        "getFrame",
        new_raw_function(ctx, c"getFrame", get_frame, 0)?,
    )?;
    let raw: [(&str, &std::ffi::CStr, weft_engine::native_fn::RawFn); 5] = [
        ("newAsyncId", c"newAsyncId", new_async_id),
        (
            "defaultTriggerAsyncId",
            c"defaultTriggerAsyncId",
            default_trigger,
        ),
        ("hooksEnabled", c"hooksEnabled", hooks_enabled),
        (
            "destroyHooksExist",
            c"destroyHooksExist",
            destroy_hooks_exist,
        ),
        ("initHooksExist", c"initHooksExist", init_hooks_exist),
    ];
    for (name, cname, f) in raw {
        obj.set(name, new_raw_function(ctx, cname, f, 0)?)?;
    }
    let r = realm.clone();
    def(ctx, &obj, "executionAsyncResource", move || {
        r.async_ctx.execution_async_resource()
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "emitInit",
        move |async_id: f64, type_name: String, trigger: f64, resource: Value<'js>| {
            let res = Resource {
                async_id: async_id as i64,
                trigger_async_id: trigger as i64,
                object: resource,
                frame: Value::new_undefined(r.ctx.clone()),
            };
            if let Err(e) = r.async_ctx.emit_init(&res, &type_name) {
                fatal::hook_threw(&r, e);
            }
        },
    )?;

    // Node's defaultTriggerAsyncIdScope: resources created meanwhile get `id` as trigger.
    // Returns the prior override (-1: none) for `restoreDefaultTrigger`.
    let r = realm.clone();
    def(ctx, &obj, "setDefaultTrigger", move |id: f64| -> f64 {
        r.async_ctx
            .set_default_trigger(id as i64)
            .map_or(-1.0, |p| p as f64)
    })?;
    let r = realm.clone();
    def(ctx, &obj, "restoreDefaultTrigger", move |prior: f64| {
        let prior = if prior < 0.0 {
            None
        } else {
            Some(prior as i64)
        };
        r.async_ctx.restore_default_trigger(prior);
    })?;

    let r = realm.clone();
    def(ctx, &obj, "queueDestroy", move |async_id: f64| {
        if r.async_ctx.queue_destroy(async_id as i64) {
            r.event_loop.request_native_immediate();
        }
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "registerHook",
        move |this: Object<'js>,
              init: Value<'js>,
              before: Value<'js>,
              after: Value<'js>,
              destroy: Value<'js>,
              promise_resolve: Value<'js>| {
            let id = r.async_ctx.add_hook(HookFns {
                this_value: this.into_value(),
                init: opt_fn(init),
                before: opt_fn(before),
                after: opt_fn(after),
                destroy: opt_fn(destroy),
                promise_resolve: opt_fn(promise_resolve),
            });
            id as f64
        },
    )?;
    let r = realm.clone();
    def(ctx, &obj, "enableHook", move |id: f64| {
        r.async_ctx.enable_hook(id as usize);
    })?;
    let r = realm.clone();
    def(ctx, &obj, "disableHook", move |id: f64| {
        r.async_ctx.disable_hook(id as usize);
    })?;

    let r = realm.clone();
    def(ctx, &obj, "setFrame", move |frame: Value<'js>| {
        context_slot::set(&r.ctx, &frame)
    })?;

    // AsyncResource#runInAsyncScope: the scope guard for user resources. Exceptions propagate
    // to the caller after `after` ran, as in Node's try/finally.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "runInScope",
        move |async_id: f64,
              trigger: f64,
              resource: Value<'js>,
              frame: Value<'js>,
              f: Function<'js>,
              this_arg: Value<'js>,
              args: Array<'js>|
              -> rquickjs::Result<Value<'js>> {
            let res = Resource {
                async_id: async_id as i64,
                trigger_async_id: trigger as i64,
                object: resource,
                frame,
            };
            let scope = match r.async_ctx.enter(&res) {
                Ok(s) => s,
                Err(e) => fatal::hook_threw(&r, e),
            };
            let mut call_args = Args::new(r.ctx.clone(), args.len());
            let result = (|| {
                call_args.this(this_arg)?;
                for v in args.iter::<Value<'js>>() {
                    call_args.push_arg(v?)?;
                }
                f.call_arg::<Value<'js>>(call_args)
            })();
            let thrown = match &result {
                Err(rquickjs::Error::Exception) => Some(r.ctx.catch()),
                _ => None,
            };
            fatal::leave_or_die(&r, scope);
            match thrown {
                Some(e) => Err(r.ctx.throw(e)),
                None => result,
            }
        },
    )?;

    let providers = Object::new(ctx.clone())?;
    for (name, number) in PROVIDERS {
        providers.set(*name, *number)?;
    }
    obj.set("providers", providers)?;
    Ok(obj)
}
