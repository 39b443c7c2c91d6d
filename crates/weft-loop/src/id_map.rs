//! Hash maps keyed by ids the runtime hands out (async ids, I/O keys).
//!
//! Those keys are unique integers, so hashing them with SipHash (std's DoS-resistant default) only
//! costs time: the timer and immediate tables are touched on every `setTimeout`/`setImmediate`.
//! The hasher spreads the integer with one multiplication (Fibonacci hashing) instead.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for integer ids.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only reached for non-integer keys; fold the bytes so the hasher stays correct.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A `HashMap` keyed by integer ids.
pub type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_map_sequential_ids_round_trip() {
        let mut m: IdMap<u64, u64> = IdMap::default();
        for i in 0..10_000u64 {
            m.insert(i, i * 2);
        }
        assert_eq!(m.len(), 10_000);
        assert!((0..10_000u64).all(|i| m.get(&i) == Some(&(i * 2))));
        assert_eq!(m.remove(&5), Some(10));
        assert_eq!(m.get(&5), None);
    }

    #[test]
    fn id_hasher_distinct_ids_hash_differently() {
        let h = |n: u64| {
            let mut s = IdHasher::default();
            s.write_u64(n);
            s.finish()
        };
        assert_ne!(h(1), h(2));
        assert_ne!(h(0), h(1));
    }
}
