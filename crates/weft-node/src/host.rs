//! The event loop's host: what each loop phase does in JS terms.
//!
//! Timers, immediates and the async_hooks destroy flush are dispatched here; each callback runs
//! inside the one scope guard ([`crate::async_context::AsyncContext::enter`]/`leave`), followed
//! by the nextTick/microtask drain, exactly as Node's `listOnTimeout` and `processImmediate` do.

use std::any::Any;
use std::rc::Rc;

use rquickjs::function::Args;
use rquickjs::{Function, Object, Value};
use weft_loop::Host;

use crate::fatal;
use crate::io::dispatch::{Dispatch, Readiness};
use crate::realm::Realm;
use crate::task_queue::process_ticks_and_rejections;

/// Runs the loop until nothing referenced is left, with Node's `beforeExit` re-entry.
pub fn run_loop_to_completion(realm: &Rc<Realm<'_>>) {
    let mut host = NodeHost {
        realm: realm.clone(),
    };
    loop {
        if let Err(e) = realm.event_loop.run(&mut host) {
            crate::stdio::write_stderr(&format!("weft: event loop failed: {e}\n"));
            realm.really_exit(1);
        }
        // Node still delivers the destroy batch queued by the last callbacks before 'beforeExit'
        // (its native immediate runs although it does not keep the loop alive).
        host.on_native_immediates();
        // 'beforeExit' runs like any callback from the loop: ticks and microtasks drain after.
        if let Some(hooks) = realm.runtime_hooks() {
            let code = hooks.exit_code.call::<_, i32>(()).unwrap_or(0);
            if hooks.emit_before_exit.call::<_, ()>((code,)).is_err() {
                let err = realm.ctx.catch();
                fatal::handle_uncaught(realm, err);
            }
            process_ticks_and_rejections(realm);
        }
        if !realm.event_loop.is_alive() {
            return;
        }
    }
}

struct NodeHost<'js> {
    realm: Rc<Realm<'js>>,
}

/// Calls `f` with `this` and the elements of `args` (an array or undefined).
fn call_with_args<'js>(
    realm: &Realm<'js>,
    f: &Function<'js>,
    this: Value<'js>,
    args: &Value<'js>,
) -> rquickjs::Result<Value<'js>> {
    let list: Vec<Value<'js>> = match args.as_array() {
        Some(a) => a.iter::<Value<'js>>().collect::<rquickjs::Result<_>>()?,
        None => Vec::new(),
    };
    let mut call_args = Args::new(realm.ctx.clone(), list.len());
    call_args.this(this)?;
    for v in list {
        call_args.push_arg(v)?;
    }
    f.call_arg(call_args)
}

/// Calls `obj[callback]` with `this = obj` and the elements of `obj[args]`, as Node runs a
/// Timeout's `_onTimeout` or an Immediate's `_onImmediate`.
fn call_own_callback<'js>(
    realm: &Realm<'js>,
    obj: &Object<'js>,
    callback: &str,
    args: &str,
) -> rquickjs::Result<()> {
    let f: Value<'js> = obj.get(callback)?;
    let list: Value<'js> = obj.get(args)?;
    match f.as_function() {
        Some(f) => call_with_args(realm, f, obj.clone().into_value(), &list).map(|_| ()),
        None => Ok(()),
    }
}

impl<'js> NodeHost<'js> {
    fn run_timer(&mut self, key: u64) {
        let realm = self.realm.clone();
        let Some(entry) = realm.timers.borrow().get(&key).cloned() else {
            return;
        };
        let scope = match realm.async_ctx.enter(&entry.res) {
            Ok(s) => s,
            Err(e) => fatal::hook_threw(&realm, e),
        };
        let obj = entry.obj.clone();
        let result = call_own_callback(&realm, &obj, "_onTimeout", "_timerArgs");
        // Node's `finally`: re-arm an interval, otherwise retire the timer (destroy queued).
        let still_scheduled = realm.timers.borrow().contains_key(&key);
        if still_scheduled && !realm.event_loop.timer_is_armed(key) {
            let repeat: Option<f64> = obj
                .get::<_, Value>("_repeat")
                .ok()
                .and_then(|v| v.as_number());
            match repeat {
                Some(ms) => {
                    let _ = obj.set("_idleTimeout", ms);
                    realm.event_loop.start_timer(key, ms as u64, entry.refed);
                }
                None => {
                    realm.timers.borrow_mut().remove(&key);
                    if let Some(h) = realm.runtime_hooks() {
                        if h.timer_done.call::<_, ()>((obj.clone(),)).is_err() {
                            let _ = realm.ctx.catch();
                        }
                    }
                    if realm.async_ctx.queue_destroy(entry.res.async_id) {
                        realm.event_loop.request_native_immediate();
                    }
                }
            }
        }
        if result.is_err() {
            let err = realm.ctx.catch();
            fatal::handle_uncaught(&realm, err);
        }
        fatal::leave_or_die(&realm, scope);
        process_ticks_and_rejections(&realm);
    }

    fn run_immediate(&mut self, key: u64) {
        let realm = self.realm.clone();
        let Some(entry) = realm.immediates.borrow_mut().remove(&key) else {
            return;
        };
        let scope = match realm.async_ctx.enter(&entry.res) {
            Ok(s) => s,
            Err(e) => fatal::hook_threw(&realm, e),
        };
        let obj = entry.obj.clone();
        let result = call_own_callback(&realm, &obj, "_onImmediate", "_argv");
        let _ = obj.set("_onImmediate", Value::new_null(realm.ctx.clone()));
        let _ = obj.set("_destroyed", true);
        if realm.async_ctx.queue_destroy(entry.res.async_id) {
            realm.event_loop.request_native_immediate();
        }
        if result.is_err() {
            let err = realm.ctx.catch();
            fatal::handle_uncaught(&realm, err);
        }
        fatal::leave_or_die(&realm, scope);
        process_ticks_and_rejections(&realm);
    }
}

impl<'js> Host for NodeHost<'js> {
    fn on_timer(&mut self, key: u64) {
        self.run_timer(key);
    }

    fn on_pending(&mut self, key: u64) {
        Dispatch::pending(&self.realm, key);
    }

    fn on_io(&mut self, key: u64, readable: bool, writable: bool, closed: bool) {
        let readiness = Readiness {
            readable,
            writable,
            closed,
        };
        Dispatch::ready(&self.realm, key, readiness);
    }

    fn on_completion(&mut self, key: u64, result: Box<dyn Any + Send>) {
        Dispatch::completion(&self.realm, key, result);
    }

    fn on_native_immediates(&mut self) {
        let realm = self.realm.clone();
        if let Err(e) = realm.async_ctx.flush_destroy_queue() {
            fatal::hook_threw(&realm, e);
        }
        process_ticks_and_rejections(&realm);
    }

    fn on_immediate(&mut self, key: u64) {
        self.run_immediate(key);
    }

    fn before_poll(&mut self) {
        crate::io::stream::register_awaiting(&self.realm);
    }

    fn on_close(&mut self, key: u64) {
        Dispatch::close(&self.realm, key);
    }

    fn should_stop(&self) -> bool {
        self.realm.exiting.get()
    }
}
