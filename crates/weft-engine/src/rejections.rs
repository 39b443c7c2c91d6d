//! Tracking promises rejected with no handler, for Node's `unhandledRejection` processing.
//!
//! The engine reports "rejected without handler" and later "handler added"; Node decides after
//! the microtask queue drains (`processPromiseRejections`). We keep the still-unhandled ones in
//! order and hand them out when the host asks.

use std::cell::RefCell;
use std::ffi::c_void;

use rquickjs::{qjs, Ctx, Value};

/// One promise that was rejected while it had no handler.
struct Pending {
    promise: qjs::JSValue,
    reason: qjs::JSValue,
    /// The context frame current when the promise was rejected (Node runs
    /// 'unhandledRejection' listeners in it).
    frame: qjs::JSValue,
}

/// A rejection still unhandled when the microtask queue drained.
pub struct Unhandled<'js> {
    /// The rejected promise.
    pub promise: Value<'js>,
    /// Its rejection reason.
    pub reason: Value<'js>,
    /// The context frame current at rejection time.
    pub frame: Value<'js>,
}

/// Per-runtime record of unhandled rejections. Installed once and never freed (the process exits
/// without tearing the runtime down).
pub struct RejectionTracker {
    pending: RefCell<Vec<Pending>>,
    rt: *mut qjs::JSRuntime,
}

impl RejectionTracker {
    /// Installs the tracker on the runtime of `ctx`.
    pub fn install(ctx: &Ctx<'_>) -> &'static RejectionTracker {
        // SAFETY: reading the runtime pointer of a live context.
        let rt = unsafe { qjs::JS_GetRuntime(ctx.as_raw().as_ptr()) };
        let tracker: &'static RejectionTracker = Box::leak(Box::new(RejectionTracker {
            pending: RefCell::new(Vec::new()),
            rt,
        }));
        // SAFETY: the opaque pointer is a leaked box, valid for the life of the process.
        unsafe {
            qjs::JS_SetHostPromiseRejectionTracker(
                rt,
                Some(track),
                tracker as *const RejectionTracker as *mut c_void,
            );
        }
        tracker
    }

    /// Whether some rejection is waiting to be processed.
    pub fn has_pending(&self) -> bool {
        !self.pending.borrow().is_empty()
    }

    /// Takes the rejections that are still unhandled, oldest first.
    pub fn take<'js>(&self, ctx: &Ctx<'js>) -> Vec<Unhandled<'js>> {
        let drained: Vec<Pending> = std::mem::take(&mut *self.pending.borrow_mut());
        drained
            .into_iter()
            // SAFETY: each raw value holds its own reference (duplicated when recorded), which
            // moves into the `Value`.
            .map(|p| unsafe {
                Unhandled {
                    promise: Value::from_raw(ctx.clone(), p.promise),
                    reason: Value::from_raw(ctx.clone(), p.reason),
                    frame: Value::from_raw(ctx.clone(), p.frame),
                }
            })
            .collect()
    }

    fn record(
        &self,
        ctx: *mut qjs::JSContext,
        promise: qjs::JSValue,
        reason: qjs::JSValue,
        handled: bool,
    ) {
        let mut pending = self.pending.borrow_mut();
        if handled {
            // SAFETY: comparing pointers only; no value is dereferenced.
            let key = unsafe { qjs::JS_VALUE_GET_PTR(promise) };
            if let Some(pos) = pending
                .iter()
                .position(|p| unsafe { qjs::JS_VALUE_GET_PTR(p.promise) } == key)
            {
                let p = pending.remove(pos);
                // SAFETY: releasing the references taken when the entry was recorded.
                unsafe {
                    qjs::JS_FreeValueRT(self.rt, p.promise);
                    qjs::JS_FreeValueRT(self.rt, p.reason);
                    qjs::JS_FreeValueRT(self.rt, p.frame);
                }
            }
        } else {
            // SAFETY: the callback's values are borrowed; we keep our own references.
            unsafe {
                pending.push(Pending {
                    promise: qjs::JS_DupValue(ctx, promise),
                    reason: qjs::JS_DupValue(ctx, reason),
                    frame: qjs::JS_GetContinuationPreservedEmbedderData(ctx),
                });
            }
        }
    }
}

unsafe extern "C" fn track(
    ctx: *mut qjs::JSContext,
    promise: qjs::JSValue,
    reason: qjs::JSValue,
    is_handled: bool,
    opaque: *mut c_void,
) {
    // SAFETY: `opaque` is the leaked tracker installed above.
    let tracker = unsafe { &*(opaque as *const RejectionTracker) };
    tracker.record(ctx, promise, reason, is_handled);
}
