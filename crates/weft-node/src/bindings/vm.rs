//! `internalBinding('vm')`: compiling and running code in the main context with a file name
//! (Node's `internalBinding('contextify')` for `vm.Script#runInThisContext` and
//! `vm.compileFunction`). Contexts of their own are emulated in JS (`js/vm.js`).

use std::rc::Rc;

use rquickjs::context::EvalOptions;
use rquickjs::{Function, Object, Value};

use super::def;
use crate::realm::Realm;

fn options(filename: String) -> EvalOptions {
    let mut opts = EvalOptions::default();
    opts.strict = false;
    opts.filename = Some(filename);
    opts
}

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    // Runs `code` as a global script (sloppy mode), returning its completion value.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "runInThisContext",
        move |code: String, filename: String| -> rquickjs::Result<Value<'js>> {
            r.ctx.eval_with_options(code, options(filename))
        },
    )?;

    // Checks that `code` parses without running any of it: each wrapper throws `null` before
    // the function holding the code could be called, so reaching that throw means the code
    // parsed. Code that closes one wrapper early cannot also fit the other, so text escaping
    // the function body is reported as the syntax error it is.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "compileCheck",
        move |code: String, filename: String| -> rquickjs::Result<()> {
            for wrapped in [
                format!("throw null;(function () {{{code}\n}})"),
                format!("throw null;[function () {{{code}\n}}]"),
            ] {
                match r
                    .ctx
                    .eval_with_options::<Value<'js>, _>(wrapped, options(filename.clone()))
                {
                    Ok(_) => {}
                    Err(rquickjs::Error::Exception) => {
                        let thrown = r.ctx.catch();
                        if !thrown.is_null() {
                            return Err(r.ctx.throw(thrown));
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
            Ok(())
        },
    )?;

    // Compiles `body` as the body of a sloppy function with `params`.
    let r = realm.clone();
    def(
        ctx,
        &obj,
        "compileFunction",
        move |body: String,
              params: Vec<String>,
              filename: String|
              -> rquickjs::Result<Function<'js>> {
            let wrapped = format!("(function ({}) {{{body}\n}})", params.join(", "));
            r.ctx.eval_with_options(wrapped, options(filename))
        },
    )?;

    Ok(obj)
}
