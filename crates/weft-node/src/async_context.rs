//! The async context every callback runs in: ids, the execution stack, the hook registry and the
//! destroy queue, tied to JS values.
//!
//! Mirrors Node's `lib/internal/async_hooks.js` (emitInit/emitBefore/emitAfter/emitDestroy, the
//! default trigger, the stack with its corruption check) on top of the engine-free rules in
//! `weft-async-core`. The one scope guard, [`AsyncContext::enter`]/[`AsyncContext::leave`],
//! is what every timer, immediate, tick, microtask and (later) I/O callback goes through: it
//! pushes the resource, swaps in its AsyncLocalStorage frame, emits `before`, and undoes all of it
//! after the callback. Hot paths check a hook counter first and do nothing more when it is zero.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rquickjs::{Ctx, Function, Object, Value};
use weft_async_core::{
    AsyncId, AsyncIds, DestroyQueue, ExecutionStack, HookId, HookKind, HookKinds, HookRegistry,
};
use weft_engine::call::{call_discard, Arg};
use weft_engine::context_slot;
use weft_loop::IdMap;

/// The JS callbacks of one `AsyncHook`, and the hook object they are called on.
pub struct HookFns<'js> {
    /// The `AsyncHook` instance (`this` inside every callback, as in Node).
    pub this_value: Value<'js>,
    /// `init(asyncId, type, triggerAsyncId, resource)`.
    pub init: Option<Function<'js>>,
    /// `before(asyncId)`.
    pub before: Option<Function<'js>>,
    /// `after(asyncId)`.
    pub after: Option<Function<'js>>,
    /// `destroy(asyncId)`.
    pub destroy: Option<Function<'js>>,
    /// `promiseResolve(asyncId)`.
    pub promise_resolve: Option<Function<'js>>,
}

impl<'js> HookFns<'js> {
    fn get(&self, kind: HookKind) -> Option<&Function<'js>> {
        match kind {
            HookKind::Init => self.init.as_ref(),
            HookKind::Before => self.before.as_ref(),
            HookKind::After => self.after.as_ref(),
            HookKind::Destroy => self.destroy.as_ref(),
            HookKind::PromiseResolve => self.promise_resolve.as_ref(),
        }
    }

    /// Which callbacks this hook has.
    pub fn kinds(&self) -> HookKinds {
        let mut kinds = HookKinds::NONE;
        for kind in HookKind::ALL {
            if self.get(kind).is_some() {
                kinds.insert(kind);
            }
        }
        kinds
    }
}

/// Everything needed to enter a resource's context.
#[derive(Clone)]
pub struct Resource<'js> {
    /// The resource's async id.
    pub async_id: AsyncId,
    /// The id of the resource that caused this one.
    pub trigger_async_id: AsyncId,
    /// The public resource object (`executionAsyncResource()` inside its callbacks).
    pub object: Value<'js>,
    /// The AsyncLocalStorage frame captured when the resource was created.
    pub frame: Value<'js>,
}

/// Saved state to restore when a callback scope is left.
#[must_use = "a scope must be left with AsyncContext::leave"]
pub struct Scope<'js> {
    async_id: AsyncId,
    depth: usize,
    prior_frame: Value<'js>,
}

/// A hook callback threw: the process must take the fatal path.
pub struct HookError<'js>(pub Value<'js>);

/// The per-realm async state.
pub struct AsyncContext<'js> {
    ctx: Ctx<'js>,
    ids: RefCell<AsyncIds>,
    stack: RefCell<ExecutionStack<Value<'js>>>,
    hooks: RefCell<HookRegistry<Rc<HookFns<'js>>>>,
    /// Registry ids by the index handed to JS.
    hook_ids: RefCell<Vec<HookId>>,
    destroy_queue: RefCell<DestroyQueue>,
    /// `executionAsyncResource()` when no resource is on the stack.
    top_level_resource: Object<'js>,
    /// Cached hook counters, refreshed whenever the registry changes, so hot paths avoid a borrow.
    counts: [Cell<u32>; 5],
    /// Tracked promises: async id -> (trigger id, destroy tracked). The id itself lives in the
    /// promise's host data slot (engine patch), so no property is visible on the promise.
    promises: RefCell<IdMap<u64, (AsyncId, bool)>>,
    /// Whether the engine's promise hook is installed (only while some hook is enabled).
    promise_hook_installed: Cell<bool>,
    /// Resource type names as JS strings, made once each.
    type_names: RefCell<std::collections::HashMap<String, Value<'js>>>,
}

fn kind_index(kind: HookKind) -> usize {
    kind.index()
}

impl<'js> AsyncContext<'js> {
    /// Creates the state for a new realm.
    pub fn new(ctx: &Ctx<'js>) -> rquickjs::Result<Self> {
        Ok(AsyncContext {
            ctx: ctx.clone(),
            ids: RefCell::new(AsyncIds::new()),
            stack: RefCell::new(ExecutionStack::new()),
            hooks: RefCell::new(HookRegistry::new()),
            hook_ids: RefCell::new(Vec::new()),
            destroy_queue: RefCell::new(DestroyQueue::new()),
            top_level_resource: Object::new(ctx.clone())?,
            counts: Default::default(),
            promises: RefCell::new(IdMap::default()),
            promise_hook_installed: Cell::new(false),
            type_names: RefCell::new(std::collections::HashMap::new()),
        })
    }

    /// How many enabled hooks have a callback of `kind`.
    #[inline]
    pub fn count(&self, kind: HookKind) -> u32 {
        self.counts[kind_index(kind)].get()
    }

    /// Whether any hook is enabled (Node's `kCheck`: gates the stack-corruption check).
    #[inline]
    pub fn hooks_enabled(&self) -> bool {
        self.hooks.borrow().total() > 0 || self.count(HookKind::Init) > 0
    }

    fn refresh_counts(&self) {
        let hooks = self.hooks.borrow();
        for kind in HookKind::ALL {
            self.counts[kind_index(kind)].set(hooks.count(kind));
        }
    }

    /// Allocates a new async id (`++counter`).
    pub fn new_async_id(&self) -> AsyncId {
        self.ids.borrow_mut().new_id()
    }

    /// The trigger a resource created now gets: the scoped default if set, else the current id.
    pub fn default_trigger_async_id(&self) -> AsyncId {
        let ids = self.ids.borrow();
        match ids.default_trigger() {
            Some(id) if id >= 0 => id,
            _ => self.stack.borrow().execution_async_id(),
        }
    }

    /// Installs a default trigger for resources created until it is restored; returns the old one.
    pub fn set_default_trigger(&self, id: AsyncId) -> Option<AsyncId> {
        let mut ids = self.ids.borrow_mut();
        let previous = ids.default_trigger();
        ids.set_default_trigger(id);
        previous
    }

    /// Restores a default trigger saved by [`AsyncContext::set_default_trigger`].
    pub fn restore_default_trigger(&self, previous: Option<AsyncId>) {
        let mut ids = self.ids.borrow_mut();
        match previous {
            Some(id) => ids.set_default_trigger(id),
            None => ids.clear_default_trigger(),
        }
    }

    /// `executionAsyncId()`.
    #[inline]
    pub fn execution_async_id(&self) -> AsyncId {
        current_ids().0
    }

    /// `triggerAsyncId()`.
    #[inline]
    pub fn trigger_async_id(&self) -> AsyncId {
        current_ids().1
    }

    /// `executionAsyncResource()`: the current resource object, or the shared top-level one.
    pub fn execution_async_resource(&self) -> Value<'js> {
        match self.stack.borrow().current_resource() {
            Some(v) if !v.is_undefined() => v.clone(),
            _ => self.top_level_resource.clone().into_value(),
        }
    }

    /// The object `executionAsyncResource()` returns at top level.
    pub fn top_level_resource(&self) -> Value<'js> {
        self.top_level_resource.clone().into_value()
    }

    /// Depth of the execution stack.
    pub fn stack_len(&self) -> usize {
        self.stack.borrow().len()
    }

    /// Builds a resource record for an object created now: new id, default trigger, current frame.
    pub fn new_resource(&self, object: Value<'js>) -> Resource<'js> {
        let async_id = self.new_async_id();
        let trigger_async_id = self.default_trigger_async_id();
        Resource {
            async_id,
            trigger_async_id,
            object,
            frame: context_slot::get(&self.ctx),
        }
    }

    // ---- hook registry -------------------------------------------------------------------

    /// Registers a hook (createHook); it starts disabled. Returns the index JS refers to it by.
    pub fn add_hook(&self, fns: HookFns<'js>) -> usize {
        let kinds = fns.kinds();
        let id = self.hooks.borrow_mut().add(Rc::new(fns), kinds);
        let mut ids = self.hook_ids.borrow_mut();
        ids.push(id);
        ids.len() - 1
    }

    fn hook_id(&self, index: usize) -> Option<HookId> {
        self.hook_ids.borrow().get(index).copied()
    }

    /// `hook.enable()`. Returns whether the hook state changed.
    pub fn enable_hook(&self, index: usize) -> bool {
        let Some(id) = self.hook_id(index) else {
            return false;
        };
        let changed = self.hooks.borrow_mut().enable(id);
        self.refresh_counts();
        if self.hooks.borrow().pending_total() > 0 || self.hooks.borrow().total() > 0 {
            self.set_promise_hook(true);
        }
        changed
    }

    /// `hook.disable()`. Returns whether the hook state changed.
    pub fn disable_hook(&self, index: usize) -> bool {
        let Some(id) = self.hook_id(index) else {
            return false;
        };
        let changed = self.hooks.borrow_mut().disable(id);
        self.refresh_counts();
        changed
    }

    /// Calls `kind` on every active hook with `args`, applying Node's copy-on-write rule for
    /// hooks enabled or disabled meanwhile. A throwing callback stops the round.
    fn emit(&self, kind: HookKind, args: &[Arg<'_, 'js>]) -> Result<(), HookError<'js>> {
        let snapshot = self.hooks.borrow_mut().begin_emit();
        let mut result = Ok(());
        for (_, fns) in snapshot.iter() {
            if let Some(f) = fns.get(kind) {
                if call_discard(&self.ctx, f, &fns.this_value, args).is_err() {
                    result = Err(HookError(self.ctx.catch()));
                    break;
                }
            }
        }
        self.hooks.borrow_mut().end_emit();
        self.refresh_counts();
        result
    }

    /// The JS string for a resource type, created once per type name.
    fn type_string(&self, type_name: &str) -> Result<Value<'js>, HookError<'js>> {
        if let Some(v) = self.type_names.borrow().get(type_name) {
            return Ok(v.clone());
        }
        let v = match rquickjs::String::from_str(self.ctx.clone(), type_name) {
            Ok(s) => s.into_value(),
            Err(_) => return Err(HookError(self.ctx.catch())),
        };
        self.type_names
            .borrow_mut()
            .insert(type_name.to_string(), v.clone());
        Ok(v)
    }

    /// Node's `emitInit`: no-op without init hooks.
    pub fn emit_init(&self, res: &Resource<'js>, type_name: &str) -> Result<(), HookError<'js>> {
        if self.count(HookKind::Init) == 0 {
            return Ok(());
        }
        let type_value = self.type_string(type_name)?;
        self.emit(
            HookKind::Init,
            &[
                Arg::Id(res.async_id),
                Arg::Value(&type_value),
                Arg::Id(res.trigger_async_id),
                Arg::Value(&res.object),
            ],
        )
    }

    /// Node's `emitDestroy`: queues the id for the batched flush. Returns true when the queue just
    /// became non-empty, i.e. the caller must request a flush.
    pub fn queue_destroy(&self, async_id: AsyncId) -> bool {
        if self.count(HookKind::Destroy) == 0 {
            return false;
        }
        self.destroy_queue.borrow_mut().push(async_id)
    }

    // ---- promises (PROMISE resources) ----------------------------------------------------

    fn set_promise_hook(&self, on: bool) {
        if self.promise_hook_installed.get() != on {
            self.promise_hook_installed.set(on);
            crate::promise_hooks::set_installed(&self.ctx, on);
        }
    }

    /// Removes the engine's promise hook when no hook is enabled any more. Called between
    /// macrotasks, never while a promise callback may be between its before and after (Node
    /// also removes it lazily).
    pub fn drop_promise_hook_if_unused(&self) {
        if self.promise_hook_installed.get() && self.hooks.borrow().total() == 0 {
            self.set_promise_hook(false);
        }
    }

    /// Gives `promise` an async id if it has none (Node's `trackPromise`): the trigger is the
    /// parent promise's id (the parent is tracked first, so the child's id is larger), else
    /// the default trigger. Returns (asyncId, triggerAsyncId).
    pub fn track_promise(
        &self,
        promise: &Value<'js>,
        parent: Option<&Value<'js>>,
    ) -> (AsyncId, AsyncId) {
        if let Some(id) = weft_engine::promise_data::get_id(&self.ctx, promise) {
            let trigger = self.promises.borrow().get(&(id as u64)).map_or(0, |e| e.0);
            return (id, trigger);
        }
        let trigger = match parent {
            Some(p) if p.is_promise() => self.track_promise(p, None).0,
            _ => self.default_trigger_async_id(),
        };
        let id = self.new_async_id();
        weft_engine::promise_data::set_id(&self.ctx, promise, id);
        let track_destroy = self.count(HookKind::Destroy) > 0;
        self.promises
            .borrow_mut()
            .insert(id as u64, (trigger, track_destroy));
        (id, trigger)
    }

    /// The engine created `promise` (with `parent` for then/catch/finally and await).
    pub fn promise_init(
        &self,
        promise: &Value<'js>,
        parent: &Value<'js>,
    ) -> Result<(), HookError<'js>> {
        if self.count(HookKind::Init) == 0 && self.count(HookKind::Destroy) == 0 {
            return Ok(()); // tracked lazily, as Node does without an init or destroy hook
        }
        let parent = if parent.is_promise() {
            Some(parent)
        } else {
            None
        };
        let (async_id, trigger_async_id) = self.track_promise(promise, parent);
        if self.count(HookKind::Init) == 0 {
            return Ok(());
        }
        let res = Resource {
            async_id,
            trigger_async_id,
            object: promise.clone(),
            frame: Value::new_undefined(self.ctx.clone()),
        };
        self.emit_init(&res, "PROMISE")
    }

    /// A reaction job of `promise` starts: it becomes the current resource. The context frame
    /// is restored by the engine itself, not here.
    pub fn promise_before(&self, promise: &Value<'js>) -> Result<(), HookError<'js>> {
        if self.hooks.borrow().total() == 0 {
            return Ok(());
        }
        let (async_id, trigger) = self.track_promise(promise, None);
        self.stack
            .borrow_mut()
            .push(async_id, trigger, promise.clone());
        self.publish_ids();
        if self.count(HookKind::Before) > 0 {
            self.emit(HookKind::Before, &[Arg::Id(async_id)])?;
        }
        Ok(())
    }

    /// A reaction job of `promise` ended. Pops only if the promise is on top (hooks may have
    /// been enabled during the callback, so its `before` was never seen).
    pub fn promise_after(&self, promise: &Value<'js>) -> Result<(), HookError<'js>> {
        let Some(async_id) = weft_engine::promise_data::get_id(&self.ctx, promise) else {
            return Ok(());
        };
        if self.count(HookKind::After) > 0 && self.hooks.borrow().total() > 0 {
            self.emit(HookKind::After, &[Arg::Id(async_id)])?;
        }
        self.stack.borrow_mut().pop_if_top(async_id);
        self.publish_ids();
        Ok(())
    }

    /// `promise` settled (fulfilled or rejected).
    pub fn promise_settled(&self, promise: &Value<'js>) -> Result<(), HookError<'js>> {
        if self.count(HookKind::PromiseResolve) == 0 {
            return Ok(());
        }
        let (async_id, _) = self.track_promise(promise, None);
        self.emit_promise_resolve(async_id)
    }

    /// A tracked promise was collected: forget it and queue its destroy if it was tracked with
    /// a destroy hook. Runs inside the engine's finalizer: no JS, no panics (busy state is
    /// skipped rather than borrowed twice). Returns true when a flush must be requested.
    pub fn promise_freed(&self, async_id: AsyncId) -> bool {
        let entry = match self.promises.try_borrow_mut() {
            Ok(mut map) => map.remove(&(async_id as u64)),
            Err(_) => None,
        };
        match entry {
            Some((_, true)) if self.count(HookKind::Destroy) > 0 => self
                .destroy_queue
                .try_borrow_mut()
                .map(|mut q| q.push(async_id))
                .unwrap_or(false),
            _ => false,
        }
    }

    /// Whether any destroy hook is enabled.
    pub fn destroy_hooks_exist(&self) -> bool {
        self.count(HookKind::Destroy) > 0
    }

    /// Runs destroy hooks for every queued id, until no new id was queued meanwhile.
    pub fn flush_destroy_queue(&self) -> Result<(), HookError<'js>> {
        loop {
            let ids = self.destroy_queue.borrow_mut().take();
            if ids.is_empty() {
                return Ok(());
            }
            for id in ids {
                if self.count(HookKind::Destroy) > 0 {
                    self.emit(HookKind::Destroy, &[Arg::Id(id)])?;
                }
            }
        }
    }

    /// Emits `promiseResolve(asyncId)`.
    pub fn emit_promise_resolve(&self, async_id: AsyncId) -> Result<(), HookError<'js>> {
        if self.count(HookKind::PromiseResolve) == 0 {
            return Ok(());
        }
        self.emit(HookKind::PromiseResolve, &[Arg::Id(async_id)])
    }

    // ---- the scope guard -----------------------------------------------------------------

    /// Enters `res`'s context: push ids and resource, swap in its frame, emit `before`.
    pub fn enter(&self, res: &Resource<'js>) -> Result<Scope<'js>, HookError<'js>> {
        let depth = {
            let mut stack = self.stack.borrow_mut();
            stack.push(res.async_id, res.trigger_async_id, res.object.clone());
            stack.len()
        };
        publish_ids(res.async_id, res.trigger_async_id);
        let prior_frame = context_slot::exchange(&self.ctx, &res.frame);
        let scope = Scope {
            async_id: res.async_id,
            depth,
            prior_frame,
        };
        if self.count(HookKind::Before) > 0 {
            self.emit(HookKind::Before, &[Arg::Id(res.async_id)])?;
        }
        Ok(scope)
    }

    /// Leaves a scope: emit `after`, pop (checking for corruption while hooks are enabled),
    /// restore the prior frame. If the stack was cleared meanwhile (a handled uncaught
    /// exception already emitted the `after`s), only the frame is restored.
    pub fn leave(&self, scope: Scope<'js>) -> Result<(), LeaveError<'js>> {
        let still_there = self.stack.borrow().len() >= scope.depth;
        if still_there {
            if self.count(HookKind::After) > 0 {
                self.emit(HookKind::After, &[Arg::Id(scope.async_id)])
                    .map_err(LeaveError::Hook)?;
            }
            self.pop(scope.async_id).map_err(LeaveError::Corrupted)?;
        }
        context_slot::set(&self.ctx, &scope.prior_frame);
        Ok(())
    }

    /// Pops `async_id`; while hooks are enabled a mismatch is stack corruption (fatal in Node).
    pub fn pop(&self, async_id: AsyncId) -> Result<(), String> {
        let result = {
            let mut stack = self.stack.borrow_mut();
            if self.hooks.borrow().total() > 0 {
                stack.pop(async_id).map(|_| ()).map_err(|e| e.to_string())
            } else {
                stack.pop_top();
                Ok(())
            }
        };
        self.publish_ids();
        result
    }

    /// Pushes a context without resource bookkeeping (the main script's (1, 0) scope).
    pub fn push_raw(&self, async_id: AsyncId, trigger: AsyncId, object: Value<'js>) {
        self.stack.borrow_mut().push(async_id, trigger, object);
        self.publish_ids();
    }

    /// After a handled uncaught exception: emit `after` for every level still on the stack,
    /// innermost first, and clear it (Node: `process._fatalException`'s handled branch).
    pub fn unwind_after_handled_exception(&self) -> Result<(), HookError<'js>> {
        loop {
            let top = {
                let stack = self.stack.borrow();
                if stack.is_empty() {
                    return Ok(());
                }
                stack.execution_async_id()
            };
            if top != 0 && self.count(HookKind::After) > 0 {
                self.emit(HookKind::After, &[Arg::Id(top)])?;
            }
            self.stack.borrow_mut().pop_top();
            self.publish_ids();
        }
    }

    /// Clears the stack without hooks (fatal paths).
    pub fn clear_stack(&self) {
        {
            let mut stack = self.stack.borrow_mut();
            while !stack.is_empty() {
                stack.pop_top();
            }
        }
        self.publish_ids();
    }

    /// Mirrors the stack top into [`current_ids`] after a change.
    fn publish_ids(&self) {
        let stack = self.stack.borrow();
        publish_ids(stack.execution_async_id(), stack.trigger_async_id());
    }
}

thread_local! {
    /// The (executionAsyncId, triggerAsyncId) pair at the top of the stack, kept in a plain cell
    /// so `executionAsyncId()` is a read with no borrow (Node keeps it in a shared typed array
    /// for the same reason).
    static CURRENT_IDS: Cell<(AsyncId, AsyncId)> = const { Cell::new((0, 0)) };
}

fn publish_ids(eid: AsyncId, tid: AsyncId) {
    CURRENT_IDS.with(|c| c.set((eid, tid)));
}

/// The current (executionAsyncId, triggerAsyncId).
#[inline]
pub fn current_ids() -> (AsyncId, AsyncId) {
    CURRENT_IDS.with(|c| c.get())
}

/// Why leaving a scope failed.
pub enum LeaveError<'js> {
    /// An `after` hook threw.
    Hook(HookError<'js>),
    /// The stack top was not the scope's id.
    Corrupted(String),
}
