//! `internalBinding('runtime_hooks')`: where the bootstrap hands the runtime the JS functions it
//! calls from Rust (uncaught exceptions, exit, beforeExit, timer retirement).

use std::rc::Rc;

use rquickjs::{Function, Object};

use super::def;
use crate::realm::{Realm, RuntimeHooks};

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "register",
        move |fns: Object<'js>| -> rquickjs::Result<()> {
            let get = |name: &str| fns.get::<_, Function<'js>>(name);
            let hooks = RuntimeHooks {
                on_uncaught_exception: get("onUncaughtException")?,
                on_unhandled_rejection: get("onUnhandledRejection")?,
                emit_exit: get("emitExit")?,
                emit_before_exit: get("emitBeforeExit")?,
                timer_done: get("timerDone")?,
                exit_code: get("exitCode")?,
            };
            *r.hooks.borrow_mut() = Some(hooks);
            Ok(())
        },
    )?;
    Ok(obj)
}
