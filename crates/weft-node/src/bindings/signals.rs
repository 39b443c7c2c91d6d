//! `internalBinding('signals')`: Process signals for `process.on('SIGINT')` and `process.kill` (Node's `internalBinding('signal_wrap')`).

use std::rc::Rc;

use rquickjs::Object;

use crate::realm::Realm;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(realm.ctx.clone())?;
    Ok(obj)
}
