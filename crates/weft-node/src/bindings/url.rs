//! `internalBinding('url')`: WHATWG URL parsing for `node:url`'s `URL` and `URLSearchParams`, on the `url` crate (Node's `internalBinding('url')`).

use std::rc::Rc;

use rquickjs::Object;

use crate::realm::Realm;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(realm.ctx.clone())?;
    Ok(obj)
}
