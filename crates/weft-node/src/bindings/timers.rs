//! `internalBinding('timers')`: arming and clearing `Timeout`s and queueing `Immediate`s in the
//! event loop, emitting their `init` (Node's `initAsyncResource` for timers).

use std::rc::Rc;

use rquickjs::Object;
use weft_engine::context_slot;

use super::def;
use crate::async_context::Resource;
use crate::fatal;
use crate::realm::{ImmediateEntry, Realm, TimerEntry};

pub(super) fn make<'js>(realm: &Rc<Realm<'js>>) -> rquickjs::Result<Object<'js>> {
    let ctx = &realm.ctx;
    let obj = Object::new(ctx.clone())?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "createTimer",
        move |timer: Object<'js>, async_id: f64, trigger: f64, delay: f64, refed: bool| {
            let res = Resource {
                async_id: async_id as i64,
                trigger_async_id: trigger as i64,
                object: timer.clone().into_value(),
                frame: context_slot::get(&r.ctx),
            };
            if let Err(e) = r.async_ctx.emit_init(&res, "Timeout") {
                fatal::hook_threw(&r, e);
            }
            let key = async_id as u64;
            r.timers.borrow_mut().insert(
                key,
                TimerEntry {
                    res,
                    obj: timer,
                    refed,
                },
            );
            // Measure the delay from now, not from the loop's cached time (which can be a whole
            // bootstrap or a long callback old), so a short timer set before the loop starts
            // does not fire ahead of the first check phase.
            r.event_loop.update_time();
            r.event_loop.start_timer(key, delay as u64, refed);
        },
    )?;

    let r = realm.clone();
    def(ctx, &obj, "clearTimer", move |async_id: f64| -> bool {
        let key = async_id as u64;
        r.event_loop.stop_timer(key);
        r.timers.borrow_mut().remove(&key).is_some()
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "refreshTimer",
        move |async_id: f64, delay: f64| {
            let key = async_id as u64;
            let refed = r.timers.borrow().get(&key).map(|t| t.refed);
            if let Some(refed) = refed {
                r.event_loop.start_timer(key, delay as u64, refed);
            }
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "setTimerRef",
        move |async_id: f64, refed: bool| {
            let key = async_id as u64;
            if let Some(t) = r.timers.borrow_mut().get_mut(&key) {
                t.refed = refed;
            }
            r.event_loop.set_timer_ref(key, refed);
        },
    )?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "createImmediate",
        move |imm: Object<'js>, async_id: f64, trigger: f64| {
            let res = Resource {
                async_id: async_id as i64,
                trigger_async_id: trigger as i64,
                object: imm.clone().into_value(),
                frame: context_slot::get(&r.ctx),
            };
            if let Err(e) = r.async_ctx.emit_init(&res, "Immediate") {
                fatal::hook_threw(&r, e);
            }
            let key = async_id as u64;
            r.immediates
                .borrow_mut()
                .insert(key, ImmediateEntry { res, obj: imm });
            r.event_loop.queue_immediate(key, true);
        },
    )?;

    let r = realm.clone();
    def(ctx, &obj, "clearImmediate", move |async_id: f64| -> bool {
        let key = async_id as u64;
        r.event_loop.clear_immediate(key);
        r.immediates.borrow_mut().remove(&key).is_some()
    })?;

    let r = realm.clone();
    def(
        ctx,
        &obj,
        "setImmediateRef",
        move |async_id: f64, refed: bool| {
            r.event_loop.set_immediate_ref(async_id as u64, refed);
        },
    )?;

    Ok(obj)
}
