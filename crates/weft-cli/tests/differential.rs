//! Differential tests: every script in `tests/differential/cases/` (and one level of
//! subfolders) runs under the oracle (Node 26, `scripts/install-oracle.sh`) and under weft;
//! normalised stdout, stderr and exit status must be equal. Rules, directives and
//! environment variables: `tests/differential/README.md`.
//!
//! - `WEFT_ORACLE`: the oracle node (default `<repo>/.oracle/node/bin/node`).
//! - `WEFT_BIN`: the binary under test (default: the `weft` built with this test). Point it
//!   at the oracle to check that the cases are deterministic.
//! - `WEFT_CASES=<substring>`: only cases whose path contains it.
//! - `WEFT_JOBS`: parallel cases (default 2).

mod support;

use std::path::{Path, PathBuf};

use support::normalize::{self, Renumber};
use support::run::{self, Outcome};

/// How stderr is compared (`// diff: stderr=...`).
#[derive(Debug, PartialEq, Clone, Copy)]
enum Stderr {
    Full,
    FirstLine,
    Ignore,
}

/// Per-case settings read from `// diff: ...` lines in the leading comment block.
#[derive(Debug, PartialEq)]
struct Directives {
    stderr: Stderr,
    sort_lines: bool,
    args: Vec<String>,
    exit_code_only: bool,
}

/// Parses the directives of the comment block at the top of `source` (a `#!` line and blank
/// lines may be mixed in; the block ends at the first other line). Unknown directives are an
/// error so that a typo does not silently weaken a case.
fn directives(source: &str) -> Result<Directives, String> {
    let mut d = Directives {
        stderr: Stderr::Full,
        sort_lines: false,
        args: Vec::new(),
        exit_code_only: false,
    };
    for (n, line) in source.lines().enumerate() {
        let t = line.trim();
        if n == 0 && t.starts_with("#!") || t.is_empty() {
            continue;
        }
        let Some(comment) = t.strip_prefix("//") else {
            break;
        };
        let Some(body) = comment.trim().strip_prefix("diff:") else {
            continue;
        };
        let body = body.trim();
        match body {
            "stderr=first-line" => d.stderr = Stderr::FirstLine,
            "stderr=ignore" => d.stderr = Stderr::Ignore,
            "stderr=full" => d.stderr = Stderr::Full,
            "sort-lines" => d.sort_lines = true,
            "exit-code-only" => d.exit_code_only = true,
            _ => match body.strip_prefix("args=") {
                Some(args) => d.args.extend(args.split_whitespace().map(str::to_string)),
                None => {
                    return Err(format!(
                        "unknown directive `// diff: {body}` on line {}",
                        n + 1
                    ))
                }
            },
        }
    }
    Ok(d)
}

/// The comparable form of one run.
#[derive(PartialEq)]
struct Normalized {
    stdout: String,
    stderr: String,
    status: String,
}

fn normalized(o: &Outcome, d: &Directives, dirs: &[String]) -> Normalized {
    if d.exit_code_only {
        return Normalized {
            stdout: String::new(),
            stderr: String::new(),
            status: o.status.clone(),
        };
    }
    let mut ids = Renumber::new();
    let mut stdout = normalize::stream(&o.stdout, dirs, &mut ids);
    let mut stderr = match d.stderr {
        Stderr::Ignore => String::new(),
        Stderr::Full => normalize::stream(&o.stderr, dirs, &mut ids),
        Stderr::FirstLine => normalize::first_line(&normalize::stream(&o.stderr, dirs, &mut ids)),
    };
    if d.sort_lines {
        stdout = normalize::sort_lines(&stdout);
        stderr = normalize::sort_lines(&stderr);
    }
    Normalized {
        stdout,
        stderr,
        status: o.status.clone(),
    }
}

fn oracle_bin(root: &Path) -> Result<PathBuf, String> {
    let p = match std::env::var_os("WEFT_ORACLE") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => root.join(".oracle/node/bin/node"),
    };
    if p.is_file() {
        Ok(p)
    } else {
        Err(format!(
            "the oracle node is missing at {}: run scripts/install-oracle.sh (or set WEFT_ORACLE)",
            p.display()
        ))
    }
}

/// Runs one case under both binaries; `Ok(())` when they agree, else the report text.
fn check_case(case: &Path, cases_dir: &Path, oracle: &Path, weft: &Path) -> Result<(), String> {
    let source = std::fs::read_to_string(case).map_err(|e| format!("cannot read: {e}"))?;
    let d = directives(&source)?;
    let dir = case.parent().expect("case has a folder");
    let mut dirs = vec![
        dir.to_string_lossy().into_owned(),
        cases_dir.to_string_lossy().into_owned(),
    ];
    if let Ok(c) = dir.canonicalize() {
        dirs.push(c.to_string_lossy().into_owned());
    }
    let expected =
        run::run_script(oracle, &d.args, case, dir).map_err(|e| format!("oracle: {e}"))?;
    if expected.status == "hang" {
        return Err(format!(
            "the oracle itself did not finish within {:?}",
            run::TIMEOUT
        ));
    }
    let actual = run::run_script(weft, &d.args, case, dir).map_err(|e| format!("weft: {e}"))?;
    let (e, a) = (
        normalized(&expected, &d, &dirs),
        normalized(&actual, &d, &dirs),
    );
    if e == a {
        return Ok(());
    }
    let mut report = String::new();
    if e.status != a.status {
        report += &format!("  exit status: node {}, weft {}\n", e.status, a.status);
    }
    for (name, x, y) in [
        ("stdout", &e.stdout, &a.stdout),
        ("stderr", &e.stderr, &a.stderr),
    ] {
        if x != y {
            report += &format!("  {name} (- node, + weft):\n");
            for line in support::diff::unified(x, y).lines() {
                report += &format!("    {line}\n");
            }
        }
    }
    Err(report)
}

#[test]
fn differential_cases_match_node() {
    let root = run::repo_root();
    let oracle = match oracle_bin(&root) {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    let weft = run::weft_bin();
    let cases_dir = root.join("tests/differential/cases");
    let cases = run::filtered(run::scripts_in(&cases_dir, 1));
    assert!(
        !cases.is_empty(),
        "no differential cases found in {} (WEFT_CASES filter?)",
        cases_dir.display()
    );
    eprintln!(
        "differential: {} cases, oracle {}, weft {}",
        cases.len(),
        oracle.display(),
        weft.display()
    );
    let results = run::parallel(&cases, |c| check_case(c, &cases_dir, &oracle, &weft));
    let failed = run::report(&cases_dir, &cases, &results);
    assert_eq!(
        failed,
        0,
        "{failed} of {} differential cases differ from node (report above)",
        cases.len()
    );
}

#[test]
fn directives_default_when_absent() {
    let d = directives("'use strict';\n// diff: sort-lines\n").unwrap();
    assert_eq!(
        d,
        Directives {
            stderr: Stderr::Full,
            sort_lines: false,
            args: vec![],
            exit_code_only: false
        }
    );
}

#[test]
fn directives_read_from_leading_comment_block() {
    let src = "#!/usr/bin/env node\n// A case.\n\n// diff: stderr=first-line\n// diff: args=--expose-gc --x\n\
               // diff: sort-lines\n// diff: exit-code-only\ncode();\n// diff: stderr=ignore\n";
    let d = directives(src).unwrap();
    assert_eq!(d.stderr, Stderr::FirstLine);
    assert!(d.sort_lines && d.exit_code_only);
    assert_eq!(d.args, ["--expose-gc", "--x"]);
}

#[test]
fn directives_unknown_is_error() {
    assert!(directives("// diff: stderr=first\n").is_err());
}
