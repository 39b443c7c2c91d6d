//! The bridge from the engine's promise hook (patched QuickJS-ng, V8-shaped events) to
//! PROMISE resources (Node's `lib/internal/async_hooks.js` promise hooks).
//!
//! The raw hook is installed only while some async hook is enabled; events go to the
//! realm's [`crate::async_context::AsyncContext`]. The free hook turns a collected tracked
//! promise into a queued `destroy`.

use std::ffi::c_void;
use std::ptr::NonNull;
use std::rc::Rc;

use rquickjs::{qjs, Ctx, Value};

use crate::fatal;
use crate::realm::{with_current, Realm};

unsafe extern "C" fn on_promise_event(
    ctx: *mut qjs::JSContext,
    kind: qjs::JSPromiseHookType,
    promise: qjs::JSValue,
    parent: qjs::JSValue,
    _opaque: *mut c_void,
) {
    let Some(ctx_ptr) = NonNull::new(ctx) else {
        return;
    };
    // SAFETY: the engine calls the hook on the runtime's only context, with the runtime lock
    // held by the code that ran the job; the values are borrowed for the call, so we take our
    // own references.
    let (ctx, promise, parent) = unsafe {
        let ctx = Ctx::from_raw(ctx_ptr);
        let promise = Value::from_raw(ctx.clone(), qjs::JS_DupValue(ctx_ptr.as_ptr(), promise));
        let parent = Value::from_raw(ctx.clone(), qjs::JS_DupValue(ctx_ptr.as_ptr(), parent));
        (ctx, promise, parent)
    };
    let _ = with_current(|realm: &Rc<Realm<'_>>| {
        let a = &realm.async_ctx;
        let result = match kind {
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_INIT => a.promise_init(&promise, &parent),
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_BEFORE => a.promise_before(&promise),
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_AFTER => a.promise_after(&promise),
            qjs::JSPromiseHookType_JS_PROMISE_HOOK_RESOLVE => a.promise_settled(&promise),
            _ => Ok(()),
        };
        if let Err(e) = result {
            fatal::hook_threw(realm, e);
        }
    });
    drop(ctx);
}

unsafe extern "C" fn on_promise_freed(
    _rt: *mut qjs::JSRuntime,
    host_data: qjs::JSValue,
    _opaque: *mut c_void,
) {
    // SAFETY: reading the tag and payload of a borrowed value; no reference is taken.
    let id = unsafe {
        match qjs::JS_VALUE_GET_TAG(host_data) {
            t if t == qjs::JS_TAG_INT => qjs::JS_VALUE_GET_INT(host_data) as i64,
            t if qjs::JS_TAG_IS_FLOAT64(t) => qjs::JS_VALUE_GET_FLOAT64(host_data) as i64,
            _ => return,
        }
    };
    let _ = with_current(|realm: &Rc<Realm<'_>>| {
        if realm.async_ctx.promise_freed(id) {
            realm.event_loop.request_native_immediate();
        }
    });
}

/// Installs or removes the engine's promise hook.
pub fn set_installed(ctx: &Ctx<'_>, on: bool) {
    let hook: qjs::JSPromiseHook = if on { Some(on_promise_event) } else { None };
    // SAFETY: the runtime pointer comes from a live context; the hook needs no opaque data.
    unsafe {
        qjs::JS_SetPromiseHook(
            qjs::JS_GetRuntime(ctx.as_raw().as_ptr()),
            hook,
            std::ptr::null_mut(),
        );
    }
}

/// Installs the free hook once per runtime (it only acts on promises given an id).
pub fn install_free_hook(realm: &Rc<Realm<'_>>) {
    // SAFETY: as above; the hook is a plain function using the thread's current realm.
    unsafe {
        qjs::JS_SetPromiseFreeHook(
            qjs::JS_GetRuntime(realm.ctx.as_raw().as_ptr()),
            Some(on_promise_freed),
            std::ptr::null_mut(),
        );
    }
}
