//! The nextTick queue, the microtask checkpoint and unhandled-rejection processing
//! (Node's `processTicksAndRejections` in lib/internal/process/task_queues.js).
//!
//! After every callback entered from the loop the runtime calls
//! [`process_ticks_and_rejections`]: if no tick is queued the microtask queue runs first; then
//! the whole tick queue (ticks added meanwhile included), then microtasks, then rejections,
//! again while anything is left. Each tick runs through the one scope guard.

use std::rc::Rc;

use rquickjs::function::Args;
use rquickjs::Value;
use weft_engine::jobs::{self, JobOutcome};

use crate::fatal;
use crate::realm::{Realm, Tick};

/// Drains ticks, microtasks and rejections until all are empty.
pub fn process_ticks_and_rejections(realm: &Rc<Realm<'_>>) {
    loop {
        if realm.ticks.borrow().is_empty() {
            run_microtasks(realm);
        }
        if realm.ticks.borrow().is_empty() && !realm.rejections.has_pending() {
            realm.async_ctx.drop_promise_hook_if_unused();
            return;
        }
        loop {
            let next = realm.ticks.borrow_mut().pop_front();
            match next {
                Some(tick) => run_tick(realm, tick),
                None => break,
            }
        }
        run_microtasks(realm);
        process_rejections(realm);
    }
}

/// Runs every pending engine job; a job's exception is an uncaught exception.
pub fn run_microtasks(realm: &Rc<Realm<'_>>) {
    loop {
        match jobs::run_one(&realm.ctx) {
            JobOutcome::Empty => return,
            JobOutcome::Ran => {}
            JobOutcome::Threw(err) => fatal::handle_uncaught(realm, err),
        }
    }
}

fn run_tick<'js>(realm: &Rc<Realm<'js>>, tick: Tick<'js>) {
    let scope = match realm.async_ctx.enter(&tick.res) {
        Ok(s) => s,
        Err(e) => fatal::hook_threw(realm, e),
    };
    let mut args = Args::new(realm.ctx.clone(), tick.args.len());
    let mut result = Ok(());
    for a in tick.args {
        if let Err(e) = args.push_arg(a) {
            result = Err(e);
        }
    }
    let result = result.and_then(|_| tick.callback.call_arg::<Value<'js>>(args).map(|_| ()));
    if realm.async_ctx.queue_destroy(tick.res.async_id) {
        realm.event_loop.request_native_immediate();
    }
    if result.is_err() {
        let err = realm.ctx.catch();
        fatal::handle_uncaught(realm, err);
    }
    fatal::leave_or_die(realm, scope);
}

/// Offers each still-unhandled rejection to 'unhandledRejection' listeners, else makes it an
/// uncaught exception (Node's default `--unhandled-rejections=throw`).
fn process_rejections(realm: &Rc<Realm<'_>>) {
    if !realm.rejections.has_pending() {
        return;
    }
    let Some(hooks) = realm.runtime_hooks() else {
        return;
    };
    for unhandled in realm.rejections.take(&realm.ctx) {
        // Listeners run in the context that was current when the promise was rejected.
        let prior = weft_engine::context_slot::exchange(&realm.ctx, &unhandled.frame);
        let outcome: rquickjs::Result<Value<'_>> = hooks
            .on_unhandled_rejection
            .call((unhandled.reason.clone(), unhandled.promise));
        weft_engine::context_slot::set(&realm.ctx, &prior);
        match outcome {
            Ok(v) if v.as_bool() == Some(true) => {}
            Ok(err) => fatal::die_with(realm, err, 1),
            Err(_) => {
                let err = realm.ctx.catch();
                fatal::die_with(realm, err, 7);
            }
        }
    }
}
