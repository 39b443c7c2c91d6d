//! A small line diff for failure reports: `-` lines are the oracle's, `+` lines weft's,
//! with up to [`CONTEXT`] unchanged lines around each change (unified-diff style, no hunk
//! headers). Longest-common-subsequence based; long inputs fall back to trimming the common
//! prefix and suffix.

/// Unchanged lines shown around a change.
pub const CONTEXT: usize = 3;

const MAX_CELLS: usize = 4_000_000;

enum Op<'a> {
    Same(&'a str),
    Del(&'a str),
    Add(&'a str),
}

/// The diff of `old` (expected) against `new` (actual), one line per entry; empty when equal.
pub fn unified(old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    // Both ending in a newline: no need to show the empty last "line".
    let (old, new) = match (old.strip_suffix('\n'), new.strip_suffix('\n')) {
        (Some(o), Some(n)) => (o, n),
        _ => (old, new),
    };
    let a: Vec<&str> = old.split('\n').collect();
    let b: Vec<&str> = new.split('\n').collect();
    let ops = ops(&a, &b);
    let changed: Vec<bool> = ops.iter().map(|o| !matches!(o, Op::Same(_))).collect();
    let mut out = String::new();
    let mut last_shown: Option<usize> = None;
    for (i, op) in ops.iter().enumerate() {
        let lo = i.saturating_sub(CONTEXT);
        let hi = (i + CONTEXT + 1).min(ops.len());
        if !changed[lo..hi].iter().any(|&c| c) {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 != i) || (last_shown.is_none() && i > 0) {
            out.push_str("  ...\n");
        }
        last_shown = Some(i);
        let (mark, text) = match op {
            Op::Same(t) => (' ', t),
            Op::Del(t) => ('-', t),
            Op::Add(t) => ('+', t),
        };
        out.push(mark);
        out.push(' ');
        out.push_str(text);
        out.push('\n');
    }
    if last_shown.is_some_and(|l| l + 1 < ops.len()) {
        out.push_str("  ...\n");
    }
    out
}

fn ops<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Op<'a>> {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (am, bm) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let mut v: Vec<Op<'a>> = a[..pre].iter().map(|s| Op::Same(s)).collect();
    if (am.len() + 1) * (bm.len() + 1) > MAX_CELLS {
        v.extend(am.iter().map(|s| Op::Del(s)));
        v.extend(bm.iter().map(|s| Op::Add(s)));
    } else {
        // lcs[i][j] = length of the LCS of am[i..] and bm[j..].
        let w = bm.len() + 1;
        let mut lcs = vec![0u32; (am.len() + 1) * w];
        for i in (0..am.len()).rev() {
            for j in (0..bm.len()).rev() {
                lcs[i * w + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < am.len() || j < bm.len() {
            if i < am.len() && j < bm.len() && am[i] == bm[j] {
                v.push(Op::Same(am[i]));
                i += 1;
                j += 1;
            } else if j == bm.len() || (i < am.len() && lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])
            {
                v.push(Op::Del(am[i]));
                i += 1;
            } else {
                v.push(Op::Add(bm[j]));
                j += 1;
            }
        }
    }
    v.extend(a[a.len() - suf..].iter().map(|s| Op::Same(s)));
    v
}

#[cfg(test)]
mod tests {
    use super::unified;

    #[test]
    fn unified_equal_inputs_empty() {
        assert_eq!(unified("a\nb\n", "a\nb\n"), "");
    }

    #[test]
    fn unified_changed_line_shows_both_with_context() {
        let d = unified("a\nb\nc\n", "a\nx\nc\n");
        assert_eq!(d, "  a\n- b\n+ x\n  c\n");
    }

    #[test]
    fn unified_far_context_elided() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\n5\n6\n7\n8\nX\n";
        let d = unified(old, new);
        assert!(d.starts_with("  ...\n  6\n"), "{d}");
        assert!(d.contains("- 9\n+ X\n"), "{d}");
    }

    #[test]
    fn unified_insertion_only() {
        assert_eq!(unified("a\nc", "a\nb\nc"), "  a\n+ b\n  c\n");
    }
}
