//! Output normalisation for the differential tests (`tests/differential/README.md`).
//!
//! Node and weft must agree on *relations* between async ids, not on raw numbers: Node's
//! bootstrap consumes a version-dependent number of ids before user code runs. So every
//! `key=<n>` field whose key is one of [`ID_KEYS`] is renumbered per run in first-seen order
//! (0 = no resource and 1 = top level keep their value; everything else becomes 2, 3, ...).
//! The trace line format the cases print is `<event> <type> id=<n> trigger=<n> eid=<n> tid=<n>`
//! (any subset of the fields, any order), but any `key=<n>` token anywhere is renumbered.
//!
//! Also: absolute paths of the case folder become `<dir>`, the pid in Node's warning prefix
//! `(node:1234) ` becomes `(node:<pid>) `, and Node's hint lines
//! ``(Use `node --trace-... ...` ...)`` are dropped.

use std::collections::HashMap;

/// Field names whose numeric value is an async id and gets renumbered.
pub const ID_KEYS: &[&str] = &["id", "trigger", "eid", "tid", "asyncId", "triggerAsyncId"];

/// Per-run renumbering state: one instance is shared by the stdout and stderr of one process
/// (stdout first), so ids printed in both streams stay related.
#[derive(Default)]
pub struct Renumber {
    map: HashMap<u64, u64>,
    next: u64,
}

impl Renumber {
    /// A fresh mapping: the first id other than 0 and 1 seen becomes 2.
    pub fn new() -> Self {
        Renumber {
            map: HashMap::new(),
            next: 2,
        }
    }

    fn get(&mut self, raw: u64) -> u64 {
        if raw <= 1 {
            return raw;
        }
        let next = &mut self.next;
        *self.map.entry(raw).or_insert_with(|| {
            let v = *next;
            *next += 1;
            v
        })
    }

    /// Rewrites every `key=<digits>` whose key is in [`ID_KEYS`] and is preceded by the start
    /// of the line or a character that cannot be part of an identifier.
    pub fn line(&mut self, line: &str) -> String {
        let b = line.as_bytes();
        let mut out = String::with_capacity(line.len());
        let mut i = 0;
        let mut copied = 0;
        while i < b.len() {
            let at_word_start = i == 0 || !is_ident(b[i - 1]);
            if at_word_start && is_ident(b[i]) {
                let start = i;
                while i < b.len() && is_ident(b[i]) {
                    i += 1;
                }
                let key = &line[start..i];
                if i < b.len() && b[i] == b'=' && ID_KEYS.contains(&key) {
                    let digits_start = i + 1;
                    let mut j = digits_start;
                    while j < b.len() && b[j].is_ascii_digit() {
                        j += 1;
                    }
                    let ends_token = j == b.len() || !is_ident(b[j]);
                    if j > digits_start && ends_token {
                        if let Ok(raw) = line[digits_start..j].parse::<u64>() {
                            out.push_str(&line[copied..digits_start]);
                            out.push_str(&self.get(raw).to_string());
                            copied = j;
                        }
                        i = j;
                    }
                }
            } else {
                i += 1;
            }
        }
        out.push_str(&line[copied..]);
        out
    }
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$'
}

/// True for Node's "how to get more detail" hint lines, e.g.
/// ``(Use `node --trace-warnings ...` to show where the warning was created)``.
pub fn is_trace_hint(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("(Use `") && t.contains(" --trace-")
}

/// `(node:12345) Warning...` -> `(node:<pid>) Warning...` (any process name).
fn mask_pid(line: &str) -> String {
    if let Some(rest) = line.strip_prefix('(') {
        if let Some(colon) = rest.find(':') {
            let name = &rest[..colon];
            let after = &rest[colon + 1..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            if !name.is_empty()
                && name.bytes().all(|c| c.is_ascii_alphanumeric())
                && digits > 0
                && after[digits..].starts_with(") ")
            {
                return format!("({name}:<pid>){}", &after[digits + 1..]);
            }
        }
    }
    line.to_string()
}

/// Replaces each of `dirs` (longest first) by `<dir>`. Pass the case folder both as given and
/// canonicalised so symlinked checkouts normalise the same way.
pub fn mask_dirs(text: &str, dirs: &[String]) -> String {
    let mut dirs: Vec<&String> = dirs.iter().filter(|d| !d.is_empty()).collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.len()));
    let mut s = text.to_string();
    for d in dirs {
        s = s.replace(d.as_str(), "<dir>");
    }
    s
}

/// Normalises one stream: paths, warning pids, hint lines, then ids (sharing `ids` with the
/// other stream of the same run). Line endings become `\n`; a trailing newline is kept as is.
pub fn stream(text: &str, dirs: &[String], ids: &mut Renumber) -> String {
    let text = mask_dirs(&text.replace("\r\n", "\n"), dirs);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if is_trace_hint(body) {
            continue;
        }
        out.push_str(&ids.line(&mask_pid(body)));
        out.push_str(nl);
    }
    out
}

/// Keeps only the first line of `text` (without its newline).
pub fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}

/// Sorts the lines of `text` (for `// diff: sort-lines`), applied after renumbering.
pub fn sort_lines(text: &str) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    lines.sort_unstable();
    let mut s = lines.join("\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(text: &str) -> String {
        stream(text, &["/tmp/cases".to_string()], &mut Renumber::new())
    }

    #[test]
    fn renumber_trace_lines_first_seen_order() {
        let raw = "init Timeout id=7 trigger=1 eid=1 tid=0\nbefore Timeout id=7 eid=7 tid=1\n\
                   init Immediate id=9 trigger=7 eid=7 tid=1\n";
        let want = "init Timeout id=2 trigger=1 eid=1 tid=0\nbefore Timeout id=2 eid=2 tid=1\n\
                    init Immediate id=3 trigger=2 eid=2 tid=1\n";
        assert_eq!(norm(raw), want);
    }

    #[test]
    fn renumber_keeps_zero_and_one() {
        assert_eq!(norm("eid=1 tid=0 id=5\n"), "eid=1 tid=0 id=2\n");
    }

    #[test]
    fn renumber_raw_two_after_other_ids_gets_next_number() {
        // Raw id 2 first seen after raw 5: must not collide with the 2 that 5 became.
        assert_eq!(norm("id=5 id=2 id=5\n"), "id=2 id=3 id=2\n");
    }

    #[test]
    fn renumber_all_id_keys_and_only_them() {
        let raw = "asyncId=10 triggerAsyncId=11 xid=12 id=13x count=14 id=abc\n";
        assert_eq!(
            norm(raw),
            "asyncId=2 triggerAsyncId=3 xid=12 id=13x count=14 id=abc\n"
        );
    }

    #[test]
    fn renumber_after_punctuation() {
        assert_eq!(norm("{id=40,tid=41}\n"), "{id=2,tid=3}\n");
    }

    #[test]
    fn renumber_shared_between_streams_of_one_run() {
        let mut ids = Renumber::new();
        assert_eq!(stream("id=30\n", &[], &mut ids), "id=2\n");
        assert_eq!(stream("id=31 id=30\n", &[], &mut ids), "id=3 id=2\n");
    }

    #[test]
    fn dirs_masked_longest_first() {
        let dirs = ["/a".to_string(), "/a/b".to_string()];
        assert_eq!(
            mask_dirs("/a/b/x.js /a/y.js", &dirs),
            "<dir>/x.js <dir>/y.js"
        );
    }

    #[test]
    fn trace_hint_lines_dropped() {
        let raw = "Error: x\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n\nNode.js v26.10.0\n";
        assert_eq!(norm(raw), "Error: x\n\nNode.js v26.10.0\n");
        assert!(is_trace_hint(
            "(Use `node --trace-warnings ...` to show where the warning was created)"
        ));
        assert!(!is_trace_hint("(Use this)"));
    }

    #[test]
    fn warning_pid_masked() {
        assert_eq!(
            norm("(node:12345) TimeoutOverflowWarning: 3 does not fit\n"),
            "(node:<pid>) TimeoutOverflowWarning: 3 does not fit\n"
        );
        assert_eq!(norm("(not:a pid) x\n"), "(not:a pid) x\n");
    }

    #[test]
    fn crlf_becomes_lf_and_missing_final_newline_kept() {
        assert_eq!(norm("a\r\nb"), "a\nb");
    }

    #[test]
    fn first_line_and_sort_lines() {
        assert_eq!(first_line("/x.js:3\n  throw e;\n"), "/x.js:3");
        assert_eq!(first_line(""), "");
        assert_eq!(sort_lines("b\na\nc\n"), "a\nb\nc\n");
        assert_eq!(sort_lines(""), "");
    }
}
