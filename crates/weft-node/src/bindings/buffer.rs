//! `internalBinding('buffer')`: Byte-level helpers for `Buffer`, `TextEncoder`/`TextDecoder` and `string_decoder`: encoding and decoding strings to and from bytes (Node's `internalBinding('buffer')`).

use std::rc::Rc;

use rquickjs::Object;

use crate::realm::Realm;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let obj = Object::new(realm.ctx.clone())?;
    Ok(obj)
}
