//! Native functions without rquickjs's argument machinery, for the hottest queries
//! (`executionAsyncId()`, `triggerAsyncId()`, the AsyncLocalStorage frame read), which take no
//! arguments and return a number or the context slot.

use std::ffi::CStr;

use rquickjs::{qjs, Ctx, Function, Value};

/// The C signature of a native function.
pub type RawFn = unsafe extern "C" fn(
    *mut qjs::JSContext,
    qjs::JSValue,
    std::os::raw::c_int,
    *mut qjs::JSValue,
) -> qjs::JSValue;

/// Wraps `f` as a JS function named `name` with `length` declared parameters.
///
/// # Errors
/// Fails when the engine cannot allocate the function object.
pub fn new_raw_function<'js>(
    ctx: &Ctx<'js>,
    name: &CStr,
    f: RawFn,
    length: i32,
) -> rquickjs::Result<Function<'js>> {
    // SAFETY: `name` is NUL-terminated and copied by the engine; the returned value is owned.
    let value = unsafe {
        let raw = qjs::JS_NewCFunction2(
            ctx.as_raw().as_ptr(),
            Some(f),
            name.as_ptr(),
            length,
            qjs::JSCFunctionEnum_JS_CFUNC_generic,
            0,
        );
        Value::from_raw(ctx.clone(), raw)
    };
    if value.is_exception() {
        return Err(rquickjs::Error::Exception);
    }
    value.into_function().ok_or(rquickjs::Error::Unknown)
}

/// An integer as an immediate JS number.
pub fn number(n: i64) -> qjs::JSValue {
    match i32::try_from(n) {
        Ok(i) => qjs::JS_MKVAL(qjs::JS_TAG_INT, i),
        Err(_) => qjs::__JS_NewFloat64(n as f64),
    }
}

/// The context slot's current value (a new reference), for a native `getFrame`.
///
/// # Safety
/// `ctx` must be a live context of the current runtime.
pub unsafe fn raw_context_slot(ctx: *mut qjs::JSContext) -> qjs::JSValue {
    // SAFETY: per the caller's contract.
    unsafe { qjs::JS_GetContinuationPreservedEmbedderData(ctx) }
}
