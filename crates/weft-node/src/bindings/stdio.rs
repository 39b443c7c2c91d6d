//! `internalBinding('stdio')`: synchronous writes to fds 1 and 2 (console, process.stdout).

use std::rc::Rc;

use rquickjs::{Object, TypedArray};

use super::def;
use crate::realm::Realm;
use crate::stdio;

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    def(
        ctx,
        &obj,
        "writeSync",
        |fd: i32, text: rquickjs::String<'js>| -> rquickjs::Result<()> {
            let s = text.to_string()?;
            // EPIPE and friends are ignored for stdio, as Node does for a closed stdout.
            let _ = stdio::write_all(fd, s.as_bytes());
            Ok(())
        },
    )?;
    def(
        ctx,
        &obj,
        "writeBytes",
        |fd: i32, bytes: TypedArray<'js, u8>| -> rquickjs::Result<()> {
            let _ = stdio::write_all(fd, &super::typed_bytes(&bytes));
            Ok(())
        },
    )?;
    def(ctx, &obj, "isatty", |fd: i32| stdio::isatty(fd))?;
    def(ctx, &obj, "guessHandleType", |fd: i32| {
        stdio::guess_handle_type(fd)
    })?;
    Ok(obj)
}
