//! Running the engine's job queue (promise reactions, `queueMicrotask`) one job at a time.
//!
//! rquickjs's own `execute_pending_job` drops a job's exception; Node reports an exception from a
//! `queueMicrotask` callback as an uncaught exception, so we run jobs through the raw API and hand
//! the exception back to the caller.

use std::mem::MaybeUninit;

use rquickjs::{qjs, Ctx, Value};

/// What running one job did.
pub enum JobOutcome<'js> {
    /// The queue was empty.
    Empty,
    /// One job ran to completion.
    Ran,
    /// One job ran and threw this value.
    Threw(Value<'js>),
}

/// Runs the next pending job, if any.
pub fn run_one<'js>(ctx: &Ctx<'js>) -> JobOutcome<'js> {
    let mut job_ctx = MaybeUninit::<*mut qjs::JSContext>::uninit();
    // SAFETY: `ctx` is live and we hold the runtime lock (we are inside `Context::with`); the
    // engine writes the job's context pointer before returning a non-zero value.
    let res = unsafe {
        let rt = qjs::JS_GetRuntime(ctx.as_raw().as_ptr());
        qjs::JS_ExecutePendingJob(rt, job_ctx.as_mut_ptr())
    };
    match res {
        0 => JobOutcome::Empty,
        r if r > 0 => JobOutcome::Ran,
        _ => JobOutcome::Threw(ctx.catch()),
    }
}

/// Whether a job is waiting in the engine's queue.
pub fn is_pending(ctx: &Ctx<'_>) -> bool {
    // SAFETY: `ctx` is live; the call only reads the runtime's job list.
    unsafe { qjs::JS_IsJobPending(qjs::JS_GetRuntime(ctx.as_raw().as_ptr())) }
}
