//! Ref/unref bookkeeping shared by the timer and immediate tables: each entry has a ref flag
//! and the table counts its referenced entries (what keeps the loop alive, like libuv's
//! active-and-referenced handles).

/// Sets an entry's ref flag and keeps the table's count of referenced entries in step.
pub(crate) fn set_ref(flag: &mut bool, count: &mut usize, refed: bool) {
    if *flag != refed {
        *flag = refed;
        if refed {
            *count += 1;
        } else {
            *count -= 1;
        }
    }
}
