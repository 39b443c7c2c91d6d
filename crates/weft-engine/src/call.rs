//! Calling a JS function from Rust on a hot path without allocating.
//!
//! Hook delivery calls user callbacks once per event (several times per promise when hooks are
//! on). rquickjs's generic call path builds an argument vector and duplicates the context for
//! every number it converts; here the arguments are passed as a stack array of borrowed values
//! and immediate numbers.

use rquickjs::{qjs, Ctx, Function, Value};

/// The call threw; the exception is pending on the context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threw;

/// One argument: an integer id (passed as an immediate number) or a borrowed JS value.
pub enum Arg<'a, 'js> {
    /// A number (async ids are integers).
    Id(i64),
    /// A value owned by the caller for the duration of the call.
    Value(&'a Value<'js>),
}

use crate::native_fn::number as raw_number;

/// Calls `f` with `this` and `args`, discarding the result.
///
/// # Errors
/// Returns `Err(Threw)` when the call threw; the exception is left pending on `ctx` (take it with
/// `ctx.catch()`).
pub fn call_discard<'js>(
    ctx: &Ctx<'js>,
    f: &Function<'js>,
    this: &Value<'js>,
    args: &[Arg<'_, 'js>],
) -> Result<(), Threw> {
    let mut raw = [qjs::JS_UNDEFINED; 4];
    let n = args.len().min(raw.len());
    for (slot, arg) in raw.iter_mut().zip(args.iter()) {
        *slot = match arg {
            Arg::Id(id) => raw_number(*id),
            Arg::Value(v) => v.as_raw(),
        };
    }
    // SAFETY: every argument is either an immediate number (no reference count) or a value
    // the caller keeps alive for the call; JS_Call does not take ownership of its arguments and
    // returns an owned result, which we free at once.
    unsafe {
        let ctx_ptr = ctx.as_raw().as_ptr();
        let result = qjs::JS_Call(
            ctx_ptr,
            f.as_raw(),
            this.as_raw(),
            n as i32,
            raw.as_mut_ptr(),
        );
        let threw = qjs::JS_IsException(result);
        qjs::JS_FreeValue(ctx_ptr, result);
        if threw {
            Err(Threw)
        } else {
            Ok(())
        }
    }
}
