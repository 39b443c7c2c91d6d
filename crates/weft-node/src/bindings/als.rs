//! `internalBinding('als')`: the native `AsyncLocalStorage.prototype.getStore`, the hottest
//! AsyncLocalStorage call (a JS method costs several property lookups and two calls in the
//! interpreter). It reads the storage's frame key and default from two internal symbol-keyed
//! properties the JS class defines, then looks the key up in the current frame (see
//! js/internal/async_context_frame.js).

use std::cell::Cell;
use std::rc::Rc;

use rquickjs::{qjs, Object, Value};
use weft_engine::native_fn::new_raw_function;

use super::def;
use crate::realm::Realm;

thread_local! {
    /// Atoms of the (frame key, default value) symbols, registered once by the JS class.
    static ATOMS: Cell<Option<(qjs::JSAtom, qjs::JSAtom)>> = const { Cell::new(None) };
}

unsafe extern "C" fn get_store(
    ctx: *mut qjs::JSContext,
    this: qjs::JSValue,
    _argc: std::os::raw::c_int,
    _argv: *mut qjs::JSValue,
) -> qjs::JSValue {
    let Some((key_atom, default_atom)) = ATOMS.with(|a| a.get()) else {
        return qjs::JS_UNDEFINED;
    };
    // SAFETY: the engine calls us with its live context and a borrowed `this`; every value we
    // obtain is owned and freed before returning, except the result, which the caller owns.
    unsafe {
        let frame = qjs::JS_GetContinuationPreservedEmbedderData(ctx);
        if qjs::JS_VALUE_GET_TAG(frame) == qjs::JS_TAG_OBJECT {
            let key = qjs::JS_GetProperty(ctx, this, key_atom);
            if qjs::JS_IsException(key) {
                qjs::JS_FreeValue(ctx, frame);
                return key;
            }
            let atom = qjs::JS_ValueToAtom(ctx, key);
            qjs::JS_FreeValue(ctx, key);
            let value = qjs::JS_GetProperty(ctx, frame, atom);
            let found = !qjs::JS_IsUndefined(value) || qjs::JS_HasProperty(ctx, frame, atom) > 0;
            qjs::JS_FreeAtom(ctx, atom);
            qjs::JS_FreeValue(ctx, frame);
            if found {
                return value;
            }
            qjs::JS_FreeValue(ctx, value);
        } else {
            qjs::JS_FreeValue(ctx, frame);
        }
        qjs::JS_GetProperty(ctx, this, default_atom)
    }
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    obj.set(
        "getStore",
        new_raw_function(ctx, c"getStore", get_store, 0)?,
    )?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "registerKeys",
        move |key: Value<'js>, default: Value<'js>| {
            let c = r.ctx.as_raw().as_ptr();
            // SAFETY: converting two symbols to atoms; the atoms are kept for the process's life
            // (never freed), like the symbols themselves, which the JS module holds.
            let atoms = unsafe {
                (
                    qjs::JS_ValueToAtom(c, key.as_raw()),
                    qjs::JS_ValueToAtom(c, default.as_raw()),
                )
            };
            ATOMS.with(|a| a.set(Some(atoms)));
        },
    )?;
    Ok(obj)
}
