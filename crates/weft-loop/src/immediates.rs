//! The `setImmediate` queue of the check phase.
//!
//! Mirrors Node's `immediateQueue` handling in lib/internal/timers.js
//! (`processImmediate`) together with `Environment::CheckImmediate`
//! (src/env.cc): the queue is detached when the check phase starts, so
//! immediates queued meanwhile wait for the next iteration, and an immediate
//! cleared after the detach is skipped. Only referenced immediates keep the
//! loop alive and make the poll phase non-blocking (Node's idle handle).

use std::collections::VecDeque;

use crate::id_map::IdMap;

/// Queued immediates: FIFO of `(key, generation)` plus the set of live keys.
/// The generation lets a key that was cleared and queued again run only at
/// its new position.
#[derive(Debug, Default)]
pub(crate) struct Immediates {
    queue: VecDeque<(u64, u64)>,
    live: IdMap<u64, Live>,
    next_gen: u64,
    refed: usize,
}

#[derive(Debug, Clone, Copy)]
struct Live {
    generation: u64,
    refed: bool,
}

/// A detached batch (see [`Immediates::detach`]).
pub(crate) type Batch = VecDeque<(u64, u64)>;

impl Immediates {
    /// Queues `key`. A key already queued keeps its position; only its ref
    /// flag is updated.
    pub(crate) fn queue(&mut self, key: u64, refed: bool) {
        if self.live.contains_key(&key) {
            self.set_ref(key, refed);
            return;
        }
        let generation = self.next_gen;
        self.next_gen += 1;
        self.live.insert(key, Live { generation, refed });
        self.queue.push_back((key, generation));
        if refed {
            self.refed += 1;
        }
    }

    /// Cancels `key`, also when its batch is already detached; false when it
    /// was not queued.
    pub(crate) fn clear(&mut self, key: u64) -> bool {
        match self.live.remove(&key) {
            Some(l) => {
                if l.refed {
                    self.refed -= 1;
                }
                true
            }
            None => false,
        }
    }

    /// Changes the ref flag of a queued immediate; false when not queued.
    pub(crate) fn set_ref(&mut self, key: u64, refed: bool) -> bool {
        match self.live.get_mut(&key) {
            Some(l) => {
                crate::refs::set_ref(&mut l.refed, &mut self.refed, refed);
                true
            }
            None => false,
        }
    }

    /// Takes the whole queue for one check phase.
    pub(crate) fn detach(&mut self) -> Batch {
        std::mem::take(&mut self.queue)
    }

    /// Puts the unprocessed rest of a detached batch back in front of the
    /// queue (used when the host stops the loop mid-phase).
    pub(crate) fn restore_front(&mut self, rest: impl DoubleEndedIterator<Item = (u64, u64)>) {
        for entry in rest.rev() {
            self.queue.push_front(entry);
        }
    }

    /// Marks an entry of a detached batch as run; false when it was cleared
    /// (or re-queued) in the meantime and must be skipped.
    pub(crate) fn claim(&mut self, key: u64, generation: u64) -> bool {
        match self.live.get(&key) {
            Some(l) if l.generation == generation => self.clear(key),
            _ => false,
        }
    }

    /// Number of referenced queued immediates.
    pub(crate) fn refed(&self) -> usize {
        self.refed
    }

    /// Number of queued immediates (detached or not) still to run.
    pub(crate) fn len(&self) -> usize {
        self.live.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn immediates_cleared_after_detach_is_not_claimed() {
        let mut q = Immediates::default();
        q.queue(1, true);
        q.queue(2, true);
        let batch = q.detach();
        assert!(q.clear(2));
        let run: Vec<_> = batch
            .into_iter()
            .filter(|(k, g)| q.claim(*k, *g))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(run, vec![1]);
        assert_eq!(q.refed(), 0);
    }

    #[test]
    fn immediates_requeued_key_runs_only_at_new_position() {
        let mut q = Immediates::default();
        q.queue(1, true);
        q.queue(2, true);
        q.clear(1);
        q.queue(1, true);
        let batch = q.detach();
        let run: Vec<_> = batch
            .into_iter()
            .filter(|(k, g)| q.claim(*k, *g))
            .map(|(k, _)| k)
            .collect();
        assert_eq!(run, vec![2, 1]);
    }

    #[test]
    fn immediates_ref_count_tracks_flag_changes() {
        let mut q = Immediates::default();
        q.queue(1, false);
        assert_eq!(q.refed(), 0);
        q.set_ref(1, true);
        assert_eq!(q.refed(), 1);
        q.queue(1, false);
        assert_eq!(q.refed(), 0);
        assert_eq!(q.len(), 1);
    }
}
