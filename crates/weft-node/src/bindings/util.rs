//! `internalBinding('util')`: what `util.inspect` and `util.types` need that plain JS cannot
//! see (promise state, proxy target and handler, an object's engine class).

use std::rc::Rc;

use rquickjs::{qjs, Array, Object, Value};

use super::def;
use crate::realm::Realm;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getPromiseDetails",
        move |p: Value<'js>| -> rquickjs::Result<Value<'js>> {
            let Some(promise) = p.as_promise() else {
                return Ok(Value::new_undefined(r.ctx.clone()));
            };
            let arr = Array::new(r.ctx.clone())?;
            match promise.state() {
                rquickjs::promise::PromiseState::Pending => arr.set(0, 0)?,
                rquickjs::promise::PromiseState::Resolved => {
                    arr.set(0, 1)?;
                    arr.set(1, promise.result::<Value<'js>>().transpose()?)?;
                }
                rquickjs::promise::PromiseState::Rejected => {
                    arr.set(0, 2)?;
                    // SAFETY: reading the settled result of a live promise; returns a new reference.
                    let v = unsafe {
                        Value::from_raw(
                            r.ctx.clone(),
                            qjs::JS_PromiseResult(r.ctx.as_raw().as_ptr(), p.as_raw()),
                        )
                    };
                    arr.set(1, v)?;
                }
            }
            Ok(arr.into_value())
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getProxyDetails",
        move |v: Value<'js>| -> rquickjs::Result<Value<'js>> {
            let c = r.ctx.as_raw().as_ptr();
            // SAFETY: JS_IsProxy only inspects the value; the getters return new references.
            unsafe {
                if !qjs::JS_IsProxy(v.as_raw()) {
                    return Ok(Value::new_undefined(r.ctx.clone()));
                }
                let mut target =
                    Value::from_raw(r.ctx.clone(), qjs::JS_GetProxyTarget(c, v.as_raw()));
                let mut handler =
                    Value::from_raw(r.ctx.clone(), qjs::JS_GetProxyHandler(c, v.as_raw()));
                // A revoked proxy throws from the field getters; Node shows it as [null, null].
                if target.is_exception() || handler.is_exception() {
                    let _ = r.ctx.catch();
                    target = Value::new_null(r.ctx.clone());
                    handler = Value::new_null(r.ctx.clone());
                }
                let arr = Array::new(r.ctx.clone())?;
                arr.set(0, target)?;
                arr.set(1, handler)?;
                Ok(arr.into_value())
            }
        },
    )?;
    // The engine class of an object (0 for primitives): `util.types` compares it with the
    // class of a sample instance, a brand check that needs no exception.
    def(ctx, &obj, "getClassId", |v: Value<'js>| -> u32 {
        if !v.is_object() {
            return 0;
        }
        // SAFETY: JS_GetClassID only reads the tag and class of the value it is given.
        unsafe { qjs::JS_GetClassID(v.as_raw()) }
    })?;
    // Own keys that are not integer indices (strings, then symbols; only enumerable ones
    // when asked): the extra properties of arrays and typed arrays without a string per
    // element, for inspect and deep equality.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "getOwnNonIndexProperties",
        move |v: Value<'js>, only_enumerable: bool| -> rquickjs::Result<Array<'js>> {
            let keys = Array::new(r.ctx.clone())?;
            if !v.is_object() {
                return Ok(keys);
            }
            let c = r.ctx.as_raw().as_ptr();
            let mut flags = qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_SYMBOL_MASK;
            if only_enumerable {
                flags |= qjs::JS_GPN_ENUM_ONLY;
            }
            let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
            let mut len: u32 = 0;
            let mut found = Vec::new();
            // SAFETY: `v` is a live object of this context; on success the engine hands us
            // `len` entries that we read once (each key value is a new reference) and free
            // with JS_FreePropertyEnum before anything else can fail.
            unsafe {
                if qjs::JS_GetOwnPropertyNames(c, &mut tab, &mut len, v.as_raw(), flags as i32) < 0
                {
                    return Err(rquickjs::Error::Exception);
                }
                for i in 0..len as usize {
                    let atom = (*tab.add(i)).atom;
                    // Integer atoms (the engine's tagged form) are the element indices.
                    if atom & (1u32 << 31) == 0 {
                        found.push(Value::from_raw(r.ctx.clone(), qjs::JS_AtomToValue(c, atom)));
                    }
                }
                qjs::JS_FreePropertyEnum(c, tab, len);
            }
            for (n, key) in found.into_iter().enumerate() {
                keys.set(n, key)?;
            }
            Ok(keys)
        },
    )?;
    Ok(obj)
}
