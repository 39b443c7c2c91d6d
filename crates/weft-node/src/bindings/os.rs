//! `internalBinding('os')`: Facts about the machine for `node:os` (Node's `internalBinding('os')`).

use std::rc::Rc;

use rquickjs::Object;

use crate::realm::Realm;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(realm.ctx.clone())?;
    Ok(obj)
}
