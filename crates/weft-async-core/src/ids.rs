//! Async id allocation and the default-trigger slot.
//!
//! Mirrors Node's `async_id_fields[kAsyncIdCounter]` and
//! `async_id_fields[kDefaultTriggerAsyncId]` (lib/internal/async_hooks.js,
//! `newAsyncId`, `getDefaultTriggerAsyncId`, `defaultTriggerAsyncIdScope`):
//! ids are pre-incremented and never reused within one thread (each worker
//! owns its own [`AsyncIds`]); the top-level script runs as id 1 with trigger 0,
//! so the first id handed out here is 2. A negative default trigger means
//! "unset", exactly like Node's `-1` marker.
//!
//! Known difference: Node's bootstrap may consume ids before user code runs
//! (Node 26.10 gives the first user `Timeout` id 3 when no hook is enabled);
//! the runtime decides whether to reproduce that by calling [`AsyncIds::new_id`].

/// An async resource id. Ids `> 0` are resources, [`NO_ASYNC_ID`] (0) means
/// "no JavaScript resource on the stack", [`UNSET_ASYNC_ID`] (-1) marks an
/// unset default trigger. Node stores these as doubles; every value we hand out
/// is a safe integer.
pub type AsyncId = i64;

/// The id of the top-level script's execution context (`executionAsyncId()`
/// at top level).
pub const ROOT_ASYNC_ID: AsyncId = 1;

/// The trigger id of the top-level script, and the execution id while native
/// code runs a callback with no JavaScript resource on the stack.
pub const NO_ASYNC_ID: AsyncId = 0;

/// Marker for "no default trigger installed" (Node's `-1`).
pub const UNSET_ASYNC_ID: AsyncId = -1;

/// Per-thread id counter plus the default-trigger override slot.
#[derive(Debug, Clone)]
pub struct AsyncIds {
    /// Last id handed out; starts at [`ROOT_ASYNC_ID`].
    counter: AsyncId,
    /// Override for the next resource's trigger; negative when unset.
    default_trigger: AsyncId,
}

impl Default for AsyncIds {
    fn default() -> Self {
        Self::new()
    }
}

impl AsyncIds {
    /// A fresh counter: [`last_id`](Self::last_id) is 1 (the top-level script),
    /// the first [`new_id`](Self::new_id) returns 2, and no default trigger is
    /// installed.
    pub fn new() -> Self {
        Self {
            counter: ROOT_ASYNC_ID,
            default_trigger: UNSET_ASYNC_ID,
        }
    }

    /// Hands out the next id (`++counter`). Ids are never reused.
    #[inline]
    pub fn new_id(&mut self) -> AsyncId {
        self.counter += 1;
        self.counter
    }

    /// The last id handed out (Node's `kAsyncIdCounter`).
    #[inline]
    pub fn last_id(&self) -> AsyncId {
        self.counter
    }

    /// Installs `id` as the trigger for resources created next. A negative
    /// `id` clears the slot, as Node treats any negative value as unset.
    #[inline]
    pub fn set_default_trigger(&mut self, id: AsyncId) {
        self.default_trigger = if id < 0 { UNSET_ASYNC_ID } else { id };
    }

    /// Removes the default-trigger override (Node clears it on an uncaught
    /// exception, among others).
    #[inline]
    pub fn clear_default_trigger(&mut self) {
        self.default_trigger = UNSET_ASYNC_ID;
    }

    /// The installed default trigger, if any (`None` when unset).
    #[inline]
    pub fn default_trigger(&self) -> Option<AsyncId> {
        (self.default_trigger >= 0).then_some(self.default_trigger)
    }

    /// Starts a `defaultTriggerAsyncIdScope(id, fn)`: installs `id` and returns
    /// a token holding the previous value. The caller runs its callback
    /// *without* holding a borrow of `self`, then hands the token to
    /// [`end_default_trigger_scope`](Self::end_default_trigger_scope) (also on
    /// the error path, as Node restores in a `finally`).
    #[must_use = "the previous default trigger must be restored with end_default_trigger_scope"]
    pub fn begin_default_trigger_scope(&mut self, id: AsyncId) -> DefaultTriggerScope {
        let previous = self.default_trigger;
        self.set_default_trigger(id);
        DefaultTriggerScope { previous }
    }

    /// Ends a scope started by
    /// [`begin_default_trigger_scope`](Self::begin_default_trigger_scope),
    /// restoring the value that was installed before it.
    pub fn end_default_trigger_scope(&mut self, scope: DefaultTriggerScope) {
        self.default_trigger = scope.previous;
    }
}

/// The saved default trigger of an open `defaultTriggerAsyncIdScope`; holds no
/// borrow, so JavaScript may run while it is alive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DefaultTriggerScope {
    previous: AsyncId,
}

impl DefaultTriggerScope {
    /// The default trigger that will be restored (`None` when it was unset).
    pub fn previous(&self) -> Option<AsyncId> {
        (self.previous >= 0).then_some(self.previous)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_new_counter_first_id_is_two() {
        let mut ids = AsyncIds::new();
        assert_eq!(ids.last_id(), 1);
        assert_eq!(ids.new_id(), 2);
        assert_eq!(ids.last_id(), 2);
    }

    #[test]
    fn ids_many_allocations_never_reused() {
        let mut ids = AsyncIds::new();
        let mut seen = std::collections::HashSet::new();
        let mut prev = ids.last_id();
        for _ in 0..10_000 {
            let id = ids.new_id();
            assert!(id > prev);
            assert!(seen.insert(id));
            prev = id;
        }
    }

    #[test]
    fn default_trigger_fresh_counter_is_unset() {
        let ids = AsyncIds::new();
        assert_eq!(ids.default_trigger(), None);
    }

    #[test]
    fn default_trigger_set_and_clear_round_trips() {
        let mut ids = AsyncIds::new();
        ids.set_default_trigger(7);
        assert_eq!(ids.default_trigger(), Some(7));
        ids.clear_default_trigger();
        assert_eq!(ids.default_trigger(), None);
    }

    #[test]
    fn default_trigger_zero_is_a_valid_override() {
        let mut ids = AsyncIds::new();
        ids.set_default_trigger(0);
        assert_eq!(ids.default_trigger(), Some(0));
    }

    #[test]
    fn default_trigger_negative_value_means_unset() {
        let mut ids = AsyncIds::new();
        ids.set_default_trigger(5);
        ids.set_default_trigger(-3);
        assert_eq!(ids.default_trigger(), None);
    }

    #[test]
    fn default_trigger_nested_scopes_restore_in_order() {
        let mut ids = AsyncIds::new();
        let outer = ids.begin_default_trigger_scope(10);
        assert_eq!(outer.previous(), None);
        let inner = ids.begin_default_trigger_scope(20);
        assert_eq!(inner.previous(), Some(10));
        assert_eq!(ids.default_trigger(), Some(20));
        ids.end_default_trigger_scope(inner);
        assert_eq!(ids.default_trigger(), Some(10));
        ids.end_default_trigger_scope(outer);
        assert_eq!(ids.default_trigger(), None);
    }
}
