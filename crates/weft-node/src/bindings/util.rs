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
    Ok(obj)
}
