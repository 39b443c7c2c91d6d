//! The per-promise host data slot (our engine patch): where weft keeps a promise's async id,
//! invisible to JS (no property, no symbol on the promise).

use rquickjs::{qjs, Ctx, Value};

/// The async id stored on `promise`, if any.
pub fn get_id(ctx: &Ctx<'_>, promise: &Value<'_>) -> Option<i64> {
    // SAFETY: the getter returns a new reference (undefined for non-promises), owned by the
    // temporary `Value`.
    let data = unsafe {
        Value::from_raw(
            ctx.clone(),
            qjs::JS_GetPromiseHostData(ctx.as_raw().as_ptr(), promise.as_raw()),
        )
    };
    data.as_number().map(|n| n as i64)
}

/// Stores `id` on `promise`; returns false when `promise` is not a promise.
pub fn set_id(ctx: &Ctx<'_>, promise: &Value<'_>, id: i64) -> bool {
    let v = Value::new_number(ctx.clone(), id as f64);
    // SAFETY: the setter takes ownership of one reference: we give it a duplicate.
    unsafe {
        let raw = qjs::JS_DupValue(ctx.as_raw().as_ptr(), v.as_raw());
        qjs::JS_SetPromiseHostData(ctx.as_raw().as_ptr(), promise.as_raw(), raw) == 0
    }
}
