//! The engine's continuation-preserved context slot (our patch, cf. V8's
//! "continuation preserved embedder data").
//!
//! The engine captures the slot's value whenever a job or a promise reaction is created and
//! restores it while that job runs. weft stores the AsyncLocalStorage frame there (Node >= 24's
//! AsyncContextFrame model), and host-scheduled callbacks swap it in and out through these two
//! functions.

use rquickjs::{qjs, Ctx, Value};

/// Returns the current value of the slot (`undefined` when nothing was stored).
pub fn get<'js>(ctx: &Ctx<'js>) -> Value<'js> {
    // SAFETY: `ctx` is a live context of this runtime; the getter returns a new reference,
    // whose ownership moves into the returned `Value`.
    unsafe {
        let raw = qjs::JS_GetContinuationPreservedEmbedderData(ctx.as_raw().as_ptr());
        Value::from_raw(ctx.clone(), raw)
    }
}

/// Replaces the slot's value, returning the previous one.
pub fn exchange<'js>(ctx: &Ctx<'js>, value: &Value<'js>) -> Value<'js> {
    let previous = get(ctx);
    set(ctx, value);
    previous
}

/// Stores `value` in the slot.
pub fn set<'js>(ctx: &Ctx<'js>, value: &Value<'js>) {
    // SAFETY: the setter takes ownership of one reference, so we hand it a duplicate and keep
    // ours; both values belong to this context's runtime.
    unsafe {
        let ctx_ptr = ctx.as_raw().as_ptr();
        let dup = qjs::JS_DupValue(ctx_ptr, value.as_raw());
        qjs::JS_SetContinuationPreservedEmbedderData(ctx_ptr, dup);
    }
}
