//! `internalBinding('uv')`: libuv's error names and descriptions (`util.getSystemErrorName`,
//! `getSystemErrorMap`, the `code` of I/O errors built in JS) and the `UV_*` constants.

use std::rc::Rc;

use rquickjs::{Array, Object};

use super::def;
use crate::io::errno::{self, UV_ERRORS};
use crate::realm::Realm;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    for (n, name, _) in UV_ERRORS {
        obj.set(format!("UV_{name}"), *n)?;
    }
    def(ctx, &obj, "errname", |n: i32| errno::describe(n).0)?;
    let r = realm.clone();
    // [[errno, [name, description]], ...] for `new Map(...)`.
    def(
        ctx,
        &obj,
        "getErrorMap",
        move || -> rquickjs::Result<Array<'js>> {
            let list = Array::new(r.ctx.clone())?;
            for (i, (n, name, desc)) in UV_ERRORS.iter().enumerate() {
                let pair = Array::new(r.ctx.clone())?;
                pair.set(0, *n)?;
                let info = Array::new(r.ctx.clone())?;
                info.set(0, *name)?;
                info.set(1, *desc)?;
                pair.set(1, info)?;
                list.set(i, pair)?;
            }
            Ok(list)
        },
    )?;
    Ok(obj)
}
