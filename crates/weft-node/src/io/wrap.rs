//! Async resources owned by native code (Node's `AsyncWrap`): a handle or request object gets
//! its async id and `init` when it starts, its callbacks run through the scope guard with
//! [`make_callback`] (Node's `MakeCallback`), and its `destroy` is queued when it ends.

use std::cell::RefCell;
use std::rc::Rc;

use rquickjs::function::Args;
use rquickjs::{Function, Object, Value};
use weft_async_core::AsyncId;
use weft_engine::context_slot;
use weft_loop::IdMap;

use crate::async_context::Resource;
use crate::fatal;
use crate::realm::Realm;
use crate::task_queue::process_ticks_and_rejections;

/// Live native-owned resources by async id.
#[derive(Default)]
pub struct Wraps<'js> {
    live: RefCell<IdMap<u64, Resource<'js>>>,
    /// Depth of [`call_unscoped`] calls: tick queues drain only outside them.
    suppress_drain: std::cell::Cell<u32>,
}

impl<'js> Wraps<'js> {
    /// The resource with `async_id`, if it is live.
    pub fn get(&self, async_id: AsyncId) -> Option<Resource<'js>> {
        self.live.borrow().get(&(async_id as u64)).cloned()
    }

    /// The resource's object, if it is live.
    pub fn object(&self, async_id: AsyncId) -> Option<Object<'js>> {
        self.get(async_id).and_then(|r| r.object.into_object())
    }

    /// Number of live resources (handles and requests).
    pub fn len(&self) -> usize {
        self.live.borrow().len()
    }

    /// Whether no resource is live.
    pub fn is_empty(&self) -> bool {
        self.live.borrow().is_empty()
    }
}

/// Starts resource `obj` of type `provider`: a new async id, the given trigger (else the
/// default trigger), the current AsyncLocalStorage frame, and `init` emitted now.
pub fn init<'js>(
    realm: &Rc<Realm<'js>>,
    obj: &Object<'js>,
    provider: &str,
    trigger: Option<AsyncId>,
) -> Resource<'js> {
    let async_id = realm.async_ctx.new_async_id();
    let trigger_async_id = trigger.unwrap_or_else(|| realm.async_ctx.default_trigger_async_id());
    let res = adopt(realm, obj, async_id, trigger_async_id);
    if let Err(e) = realm.async_ctx.emit_init(&res, provider) {
        fatal::hook_threw(realm, e);
    }
    res
}

/// Registers `obj` as the live resource with an id reserved earlier, without an `init` event
/// (a resource that exists before user code can observe it, like a worker's parent port).
pub fn adopt<'js>(
    realm: &Rc<Realm<'js>>,
    obj: &Object<'js>,
    async_id: AsyncId,
    trigger_async_id: AsyncId,
) -> Resource<'js> {
    let res = Resource {
        async_id,
        trigger_async_id,
        object: obj.clone().into_value(),
        frame: context_slot::get(&realm.ctx),
    };
    realm
        .wraps
        .live
        .borrow_mut()
        .insert(async_id as u64, res.clone());
    res
}

/// Runs `work` on the thread pool for request `async_id` (already started with [`init`]) and
/// `done` with its result on the JS thread. Returns 0, or a negative errno after ending the
/// request when the pool could not take the job (the caller reports it to JS).
pub fn run_request<'js, T, W, D>(realm: &Rc<Realm<'js>>, async_id: AsyncId, work: W, done: D) -> i32
where
    T: Send + 'static,
    W: FnOnce() -> T + Send + 'static,
    D: FnOnce(&Rc<Realm<'js>>, T) + 'js,
{
    match realm.io.run_blocking(realm, work, done) {
        Ok(()) => 0,
        Err(e) => {
            destroy(realm, async_id);
            crate::io::errno::of(&e)
        }
    }
}

/// Ends resource `async_id`: forgets it and queues its `destroy`.
pub fn destroy(realm: &Realm<'_>, async_id: AsyncId) {
    realm.wraps.live.borrow_mut().remove(&(async_id as u64));
    if realm.async_ctx.queue_destroy(async_id) {
        realm.event_loop.request_native_immediate();
    }
}

/// Calls `obj[method](...args)` inside resource `async_id`'s context (Node's `MakeCallback`):
/// `before`/`after` around it, an exception goes to the uncaught-exception path, and when the
/// stack is empty afterwards the nextTick and microtask queues drain. A missing resource or
/// method is skipped.
pub fn make_callback<'js>(
    realm: &Rc<Realm<'js>>,
    async_id: AsyncId,
    method: &str,
    args: Vec<Value<'js>>,
) {
    let Some(res) = realm.wraps.get(async_id) else {
        return;
    };
    let Some(obj) = res.object.as_object() else {
        return;
    };
    let f: Option<Function<'js>> = obj
        .get::<_, Value>(method)
        .ok()
        .and_then(|v| v.into_function());
    if let Some(f) = f {
        call_in(realm, &res, &f, args);
    }
}

/// Calls `f` with `this` = the resource object inside `res`'s context (see [`make_callback`]).
pub fn call_in<'js>(
    realm: &Rc<Realm<'js>>,
    res: &Resource<'js>,
    f: &Function<'js>,
    args: Vec<Value<'js>>,
) {
    call_in_with_this(realm, res, f, res.object.clone(), args);
}

/// Calls `f` with `this` inside `res`'s context; returns its result (None if it threw, after
/// the uncaught-exception path ran).
pub fn call_in_with_this<'js>(
    realm: &Rc<Realm<'js>>,
    res: &Resource<'js>,
    f: &Function<'js>,
    this: Value<'js>,
    args: Vec<Value<'js>>,
) -> Option<Value<'js>> {
    let scope = match realm.async_ctx.enter(res) {
        Ok(s) => s,
        Err(e) => fatal::hook_threw(realm, e),
    };
    let mut call_args = Args::new(realm.ctx.clone(), args.len());
    let result = call_args
        .this(this)
        .and_then(|()| call_args.push_args(args.iter().cloned()))
        .and_then(|()| f.call_arg::<Value<'js>>(call_args));
    let value = match result {
        Ok(v) => Some(v),
        Err(_) => {
            let err = realm.ctx.catch();
            fatal::handle_uncaught(realm, err);
            None
        }
    };
    fatal::leave_or_die(realm, scope);
    drain_if_outermost(realm);
    value
}

/// Calls `obj[method](...args)` outside any resource scope, as native code that consumes a
/// stream directly does (Node's HTTP server parser reading its socket): callbacks it makes
/// enter their own scopes, and the tick queues drain once, after all of them.
pub fn call_unscoped<'js>(
    realm: &Rc<Realm<'js>>,
    obj: &Object<'js>,
    method: &str,
    args: Vec<Value<'js>>,
) {
    let Some(f) = obj
        .get::<_, Value>(method)
        .ok()
        .and_then(|v| v.into_function())
    else {
        return;
    };
    realm
        .wraps
        .suppress_drain
        .set(realm.wraps.suppress_drain.get() + 1);
    let mut call_args = Args::new(realm.ctx.clone(), args.len());
    let result = call_args
        .this(obj.clone())
        .and_then(|()| call_args.push_args(args.iter().cloned()))
        .and_then(|()| f.call_arg::<()>(call_args));
    realm
        .wraps
        .suppress_drain
        .set(realm.wraps.suppress_drain.get() - 1);
    if result.is_err() {
        let err = realm.ctx.catch();
        fatal::handle_uncaught(realm, err);
    }
    drain_if_outermost(realm);
}

fn drain_if_outermost(realm: &Rc<Realm<'_>>) {
    if realm.async_ctx.stack_len() == 0 && realm.wraps.suppress_drain.get() == 0 {
        process_ticks_and_rejections(realm);
    }
}
