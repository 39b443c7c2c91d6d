//! Batched `destroy` delivery.
//!
//! Mirrors Node's `AsyncWrap::EmitDestroy` / `DestroyAsyncIdsCallback`
//! (src/async_wrap.cc): destroy is never emitted synchronously; ids go into a
//! per-thread vector, the first push into an empty vector schedules an unref'd
//! native immediate (check phase, before JS immediates) that swaps the vector
//! out and dispatches each id, looping until no new id arrived during the
//! flush. Ids `<= 0` are ignored. At [`EARLY_FLUSH_THRESHOLD`] entries Node
//! also requests an early flush from a microtask. Node additionally flushes
//! before emitting `beforeExit`, since the unref'd immediate may never run.
//!
//! A push made *during* a flush (after [`DestroyQueue::take`]) finds the queue
//! empty and reports a new batch; like Node, the runtime may schedule another
//! native immediate, which then finds nothing or the leftovers.

use crate::ids::AsyncId;

/// Number of queued ids at which Node asks for an early flush.
pub const EARLY_FLUSH_THRESHOLD: usize = 16384;

/// What a [`DestroyQueue::push_detailed`] call did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DestroyPush {
    /// The id was `<= 0` and was dropped.
    Ignored,
    /// The queue was empty: schedule a flush (native immediate).
    FirstInBatch,
    /// Queued behind others; a flush is already scheduled.
    Queued,
    /// Queued, and the queue just reached [`EARLY_FLUSH_THRESHOLD`]: request
    /// an early flush (Node does it from a microtask).
    ReachedEarlyFlushThreshold,
}

/// The pending destroy ids of one thread.
#[derive(Debug, Clone, Default)]
pub struct DestroyQueue {
    ids: Vec<AsyncId>,
}

impl DestroyQueue {
    /// An empty queue.
    pub fn new() -> Self {
        Self { ids: Vec::new() }
    }

    /// Queues `id`. Returns true when the queue went from empty to non-empty,
    /// i.e. when the caller must schedule a flush. Ids `<= 0` are ignored
    /// (false).
    #[inline]
    pub fn push(&mut self, id: AsyncId) -> bool {
        self.push_detailed(id) == DestroyPush::FirstInBatch
    }

    /// Like [`push`](Self::push), also reporting the early-flush threshold.
    pub fn push_detailed(&mut self, id: AsyncId) -> DestroyPush {
        if id <= 0 {
            return DestroyPush::Ignored;
        }
        let was_empty = self.ids.is_empty();
        self.ids.push(id);
        if was_empty {
            DestroyPush::FirstInBatch
        } else if self.ids.len() == EARLY_FLUSH_THRESHOLD {
            DestroyPush::ReachedEarlyFlushThreshold
        } else {
            DestroyPush::Queued
        }
    }

    /// Swaps the queued ids out (in push order), leaving the queue empty.
    #[inline]
    pub fn take(&mut self) -> Vec<AsyncId> {
        std::mem::take(&mut self.ids)
    }

    /// Whether nothing is queued.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Number of queued ids.
    #[inline]
    pub fn len(&self) -> usize {
        self.ids.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destroy_queue_first_push_requests_flush() {
        let mut q = DestroyQueue::new();
        assert!(q.push(5));
        assert!(!q.push(6));
        assert_eq!(q.len(), 2);
    }

    #[test]
    fn destroy_queue_non_positive_id_is_ignored() {
        let mut q = DestroyQueue::new();
        assert!(!q.push(0));
        assert!(!q.push(-1));
        assert_eq!(q.push_detailed(0), DestroyPush::Ignored);
        assert!(q.is_empty());
        assert!(q.push(3), "still the first real id of the batch");
    }

    #[test]
    fn destroy_queue_take_returns_push_order_and_empties() {
        let mut q = DestroyQueue::new();
        q.push(9);
        q.push(4);
        q.push(7);
        assert_eq!(q.take(), vec![9, 4, 7]);
        assert!(q.is_empty());
        assert!(q.push(8), "push after take starts a new batch");
    }

    #[test]
    fn destroy_queue_threshold_reported_exactly_once() {
        let mut q = DestroyQueue::new();
        let mut hits = 0;
        for id in 1..=(EARLY_FLUSH_THRESHOLD as AsyncId + 10) {
            if q.push_detailed(id) == DestroyPush::ReachedEarlyFlushThreshold {
                hits += 1;
                assert_eq!(q.len(), EARLY_FLUSH_THRESHOLD);
            }
        }
        assert_eq!(hits, 1);
        assert_eq!(EARLY_FLUSH_THRESHOLD, 16384);
    }
}
