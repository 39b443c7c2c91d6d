//! The timer store behind the timers phase.
//!
//! Mirrors libuv's timer heap (src/timer.c) as Node uses it: a timer is due
//! when `deadline <= loop now`; timers with equal deadlines run in the order
//! they were (re)armed, because each arming takes a fresh sequence number
//! (libuv's `start_id`); re-arming or refreshing sends a timer to the back of
//! its deadline. A timer armed while the phase runs never runs in that same
//! phase (its sequence number is past the mark taken when the phase began),
//! so re-arming with delay 0 cannot spin the phase forever.

use std::collections::BTreeMap;

use crate::id_map::IdMap;

#[derive(Debug, Clone, Copy)]
struct Entry {
    deadline: u64,
    seq: u64,
    delay: u64,
    refed: bool,
}

/// Armed timers, ordered by `(deadline, arming sequence)`.
#[derive(Debug, Default)]
pub(crate) struct Timers {
    order: BTreeMap<(u64, u64), u64>,
    entries: IdMap<u64, Entry>,
    next_seq: u64,
    refed: usize,
}

impl Timers {
    /// Arms (or re-arms) `key` to fire at `now + delay`.
    pub(crate) fn start(&mut self, key: u64, now: u64, delay: u64, refed: bool) {
        self.stop(key);
        let seq = self.next_seq;
        self.next_seq += 1;
        let deadline = now.saturating_add(delay);
        self.order.insert((deadline, seq), key);
        self.entries.insert(
            key,
            Entry {
                deadline,
                seq,
                delay,
                refed,
            },
        );
        if refed {
            self.refed += 1;
        }
    }

    /// Disarms `key`; false when it was not armed.
    pub(crate) fn stop(&mut self, key: u64) -> bool {
        match self.entries.remove(&key) {
            Some(e) => {
                self.order.remove(&(e.deadline, e.seq));
                if e.refed {
                    self.refed -= 1;
                }
                true
            }
            None => false,
        }
    }

    /// Re-arms `key` with its last delay from `now`; false when not armed.
    pub(crate) fn refresh(&mut self, key: u64, now: u64) -> bool {
        match self.entries.get(&key).copied() {
            Some(e) => {
                self.start(key, now, e.delay, e.refed);
                true
            }
            None => false,
        }
    }

    /// Changes the ref flag of an armed timer; false when not armed.
    pub(crate) fn set_ref(&mut self, key: u64, refed: bool) -> bool {
        match self.entries.get_mut(&key) {
            Some(e) => {
                crate::refs::set_ref(&mut e.refed, &mut self.refed, refed);
                true
            }
            None => false,
        }
    }

    /// Whether `key` is armed and referenced.
    pub(crate) fn has_ref(&self, key: u64) -> bool {
        self.entries.get(&key).is_some_and(|e| e.refed)
    }

    /// Whether `key` is armed.
    pub(crate) fn is_armed(&self, key: u64) -> bool {
        self.entries.contains_key(&key)
    }

    /// The earliest deadline of any timer, referenced or not.
    pub(crate) fn next_deadline(&self) -> Option<u64> {
        self.order.keys().next().map(|(d, _)| *d)
    }

    /// Sequence mark for a timers phase: timers armed from now on are not run
    /// by the phase that took the mark.
    pub(crate) fn phase_mark(&self) -> u64 {
        self.next_seq
    }

    /// Removes and returns the next timer due at `now` that was armed before
    /// `mark`. Timers armed after the mark all have deadlines `>= now` and so
    /// sort after every older due timer; meeting one ends the phase.
    pub(crate) fn pop_due(&mut self, now: u64, mark: u64) -> Option<u64> {
        let (&(deadline, seq), &key) = self.order.iter().next()?;
        if deadline > now || seq >= mark {
            return None;
        }
        self.stop(key);
        Some(key)
    }

    /// Number of referenced armed timers.
    pub(crate) fn refed(&self) -> usize {
        self.refed
    }

    /// Number of armed timers.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_equal_deadlines_pop_in_arming_order() {
        let mut t = Timers::default();
        t.start(3, 0, 10, true);
        t.start(1, 0, 10, true);
        t.start(2, 0, 10, true);
        let mark = t.phase_mark();
        let got: Vec<_> = std::iter::from_fn(|| t.pop_due(10, mark)).collect();
        assert_eq!(got, vec![3, 1, 2]);
        assert_eq!(t.len(), 0);
    }

    #[test]
    fn timers_rearm_same_key_replaces_entry() {
        let mut t = Timers::default();
        t.start(1, 0, 5, true);
        t.start(2, 0, 5, true);
        t.start(1, 0, 5, true);
        assert_eq!(t.len(), 2);
        assert_eq!(t.refed(), 2);
        let mark = t.phase_mark();
        let got: Vec<_> = std::iter::from_fn(|| t.pop_due(5, mark)).collect();
        assert_eq!(got, vec![2, 1]);
    }

    #[test]
    fn timers_armed_after_mark_not_popped() {
        let mut t = Timers::default();
        t.start(1, 0, 0, true);
        let mark = t.phase_mark();
        assert_eq!(t.pop_due(0, mark), Some(1));
        t.start(1, 0, 0, true);
        assert_eq!(t.pop_due(0, mark), None);
        assert_eq!(t.pop_due(0, t.phase_mark()), Some(1));
    }

    #[test]
    fn timers_ref_counting_follows_set_ref_and_stop() {
        let mut t = Timers::default();
        t.start(1, 0, 5, false);
        assert_eq!(t.refed(), 0);
        assert!(t.set_ref(1, true));
        assert!(t.set_ref(1, true));
        assert_eq!(t.refed(), 1);
        assert!(t.has_ref(1));
        assert!(t.stop(1));
        assert_eq!(t.refed(), 0);
        assert!(!t.set_ref(1, true));
        assert!(!t.stop(1));
    }
}
