//! The execution-context stack behind `executionAsyncId()`,
//! `triggerAsyncId()` and `executionAsyncResource()`.
//!
//! Mirrors Node's `pushAsyncContext` / `popAsyncContext` and the native
//! `AsyncHooks::push_async_context` / `pop_async_context` (src/env.cc): `before`
//! pushes `(asyncId, triggerAsyncId, resource)` before any hook runs, `after`
//! pops after the hooks ran, and when hooks are enabled a pop whose id does not
//! match the top is fatal with the text "async hook stack has become corrupted
//! (actual: X, expected: Y)". An empty stack reads as eid 0 / tid 0.
//!
//! Node skips the corruption check when no hook is enabled (`kCheck == 0`) and
//! silently ignores a pop on an empty stack; the runtime picks
//! [`ExecutionStack::pop`] (checked) or [`ExecutionStack::pop_top`]
//! (unchecked) accordingly and tests [`ExecutionStack::is_empty`] first.

use std::fmt;

use crate::ids::{AsyncId, AsyncIds, NO_ASYNC_ID};

/// One level of the execution stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame<R> {
    /// The resource whose callback runs at this level.
    pub async_id: AsyncId,
    /// The resource's trigger id.
    pub trigger_async_id: AsyncId,
    /// The resource object (for `executionAsyncResource()`).
    pub resource: R,
}

/// A checked pop found a different id on top of the stack (or an empty stack,
/// reported as `actual: 0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StackCorruption {
    /// The execution id actually on top of the stack (0 when empty).
    pub actual: AsyncId,
    /// The id the caller expected to pop.
    pub expected: AsyncId,
}

impl fmt::Display for StackCorruption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "async hook stack has become corrupted (actual: {}, expected: {})",
            self.actual, self.expected
        )
    }
}

impl std::error::Error for StackCorruption {}

/// The stack of entered async contexts, innermost last. `R` is the runtime's
/// handle to a resource object (a persistent JS value in the engine crate).
#[derive(Debug, Clone)]
pub struct ExecutionStack<R> {
    frames: Vec<Frame<R>>,
}

impl<R> Default for ExecutionStack<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R> ExecutionStack<R> {
    /// An empty stack (eid 0, tid 0).
    pub fn new() -> Self {
        Self { frames: Vec::new() }
    }

    /// Enters a context (Node's `pushAsyncContext`, done before `before` hooks).
    #[inline]
    pub fn push(&mut self, async_id: AsyncId, trigger_async_id: AsyncId, resource: R) {
        self.frames.push(Frame {
            async_id,
            trigger_async_id,
            resource,
        });
    }

    /// Leaves the context `expected` (Node's checked `popAsyncContext`, done
    /// after `after` hooks). Pops only when the top frame is `expected`.
    ///
    /// # Errors
    ///
    /// [`StackCorruption`] when the top frame has another id, or the stack is
    /// empty (`actual` is then 0); the stack is left unchanged. Node treats
    /// this as fatal (message on stderr, exit code 1).
    #[inline]
    pub fn pop(&mut self, expected: AsyncId) -> Result<R, StackCorruption> {
        match self.frames.last() {
            Some(top) if top.async_id == expected => match self.frames.pop() {
                Some(frame) => Ok(frame.resource),
                None => Err(StackCorruption {
                    actual: NO_ASYNC_ID,
                    expected,
                }),
            },
            top => Err(StackCorruption {
                actual: top.map_or(NO_ASYNC_ID, |f| f.async_id),
                expected,
            }),
        }
    }

    /// Pops only if the top frame is `async_id`, otherwise leaves the stack
    /// alone and returns `None` (what Node's promise `after` hook does).
    #[inline]
    pub fn pop_if_top(&mut self, async_id: AsyncId) -> Option<R> {
        if self.frames.last().is_some_and(|f| f.async_id == async_id) {
            self.frames.pop().map(|f| f.resource)
        } else {
            None
        }
    }

    /// Pops the top frame whatever its id (Node's pop while no hook is
    /// enabled, where the corruption check is skipped).
    #[inline]
    pub fn pop_top(&mut self) -> Option<Frame<R>> {
        self.frames.pop()
    }

    /// `executionAsyncId()`: the top frame's id, 0 when empty.
    #[inline]
    pub fn execution_async_id(&self) -> AsyncId {
        self.frames.last().map_or(NO_ASYNC_ID, |f| f.async_id)
    }

    /// `triggerAsyncId()`: the top frame's trigger, 0 when empty.
    #[inline]
    pub fn trigger_async_id(&self) -> AsyncId {
        self.frames
            .last()
            .map_or(NO_ASYNC_ID, |f| f.trigger_async_id)
    }

    /// The resource of the top frame, `None` when empty (Node then returns its
    /// top-level resource object, which the runtime owns).
    #[inline]
    pub fn current_resource(&self) -> Option<&R> {
        self.frames.last().map(|f| &f.resource)
    }

    /// The top frame, if any.
    #[inline]
    pub fn top(&self) -> Option<&Frame<R>> {
        self.frames.last()
    }

    /// Number of entered contexts (Node's `kStackLength`).
    #[inline]
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    /// Whether no context is entered.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Frames from outermost to innermost.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Frame<R>> {
        self.frames.iter()
    }

    /// Empties the stack and returns its frames innermost first. Used after an
    /// uncaught exception was handled: Node emits `after` for every level
    /// still entered, innermost first, then clears the stack (eid/tid back to
    /// 0).
    pub fn drain_innermost_first(&mut self) -> Vec<Frame<R>> {
        let mut frames = std::mem::take(&mut self.frames);
        frames.reverse();
        frames
    }
}

/// The trigger a new resource gets when its creator passes none (Node's
/// `getDefaultTriggerAsyncId`): the installed default trigger if any, else
/// the current `executionAsyncId()`.
#[inline]
pub fn default_trigger_async_id<R>(ids: &AsyncIds, stack: &ExecutionStack<R>) -> AsyncId {
    ids.default_trigger()
        .unwrap_or_else(|| stack.execution_async_id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_empty_reports_zero_ids_and_no_resource() {
        let stack: ExecutionStack<&str> = ExecutionStack::new();
        assert_eq!(stack.execution_async_id(), 0);
        assert_eq!(stack.trigger_async_id(), 0);
        assert!(stack.current_resource().is_none());
        assert_eq!(stack.len(), 0);
        assert!(stack.is_empty());
    }

    #[test]
    fn stack_push_exposes_top_pair_and_resource() {
        let mut stack = ExecutionStack::new();
        stack.push(1, 0, "root");
        stack.push(5, 1, "timeout");
        assert_eq!(stack.execution_async_id(), 5);
        assert_eq!(stack.trigger_async_id(), 1);
        assert_eq!(stack.current_resource(), Some(&"timeout"));
        assert_eq!(stack.len(), 2);
    }

    #[test]
    fn stack_pop_matching_id_restores_previous_pair() {
        let mut stack = ExecutionStack::new();
        stack.push(1, 0, "root");
        stack.push(5, 1, "timeout");
        assert_eq!(stack.pop(5), Ok("timeout"));
        assert_eq!(stack.execution_async_id(), 1);
        assert_eq!(stack.trigger_async_id(), 0);
        assert_eq!(stack.pop(1), Ok("root"));
        assert_eq!(stack.execution_async_id(), 0);
    }

    #[test]
    fn stack_pop_mismatched_id_reports_corruption_and_keeps_frame() {
        let mut stack = ExecutionStack::new();
        stack.push(4, 1, ());
        let err = stack.pop(9).unwrap_err();
        assert_eq!(
            err,
            StackCorruption {
                actual: 4,
                expected: 9
            }
        );
        assert_eq!(
            err.to_string(),
            "async hook stack has become corrupted (actual: 4, expected: 9)"
        );
        assert_eq!(stack.len(), 1);
    }

    #[test]
    fn stack_pop_on_empty_reports_actual_zero() {
        let mut stack: ExecutionStack<()> = ExecutionStack::new();
        assert_eq!(
            stack.pop(3),
            Err(StackCorruption {
                actual: 0,
                expected: 3
            })
        );
    }

    #[test]
    fn stack_pop_if_top_mismatch_leaves_stack_alone() {
        let mut stack = ExecutionStack::new();
        stack.push(2, 1, 'a');
        stack.push(3, 2, 'b');
        assert_eq!(stack.pop_if_top(2), None);
        assert_eq!(stack.len(), 2);
        assert_eq!(stack.pop_if_top(3), Some('b'));
        assert_eq!(stack.execution_async_id(), 2);
    }

    #[test]
    fn stack_pop_if_top_on_empty_returns_none() {
        let mut stack: ExecutionStack<()> = ExecutionStack::new();
        assert_eq!(stack.pop_if_top(1), None);
    }

    #[test]
    fn stack_pop_top_ignores_id() {
        let mut stack = ExecutionStack::new();
        stack.push(7, 1, ());
        let frame = stack.pop_top();
        assert_eq!(frame.map(|f| f.async_id), Some(7));
        assert!(stack.pop_top().is_none());
    }

    #[test]
    fn stack_drain_innermost_first_returns_reverse_order_and_empties() {
        let mut stack = ExecutionStack::new();
        stack.push(1, 0, "a");
        stack.push(2, 1, "b");
        stack.push(3, 2, "c");
        let drained: Vec<_> = stack
            .drain_innermost_first()
            .into_iter()
            .map(|f| (f.async_id, f.trigger_async_id, f.resource))
            .collect();
        assert_eq!(drained, vec![(3, 2, "c"), (2, 1, "b"), (1, 0, "a")]);
        assert!(stack.is_empty());
        assert_eq!(stack.execution_async_id(), 0);
        assert_eq!(stack.trigger_async_id(), 0);
    }

    #[test]
    fn default_trigger_async_id_without_override_uses_current_eid() {
        let ids = AsyncIds::new();
        let mut stack = ExecutionStack::new();
        assert_eq!(default_trigger_async_id(&ids, &stack), 0);
        stack.push(1, 0, ());
        assert_eq!(default_trigger_async_id(&ids, &stack), 1);
    }

    #[test]
    fn default_trigger_async_id_with_override_beats_current_eid() {
        let mut ids = AsyncIds::new();
        let mut stack = ExecutionStack::new();
        stack.push(6, 1, ());
        ids.set_default_trigger(42);
        assert_eq!(default_trigger_async_id(&ids, &stack), 42);
        ids.clear_default_trigger();
        assert_eq!(default_trigger_async_id(&ids, &stack), 6);
    }
}
