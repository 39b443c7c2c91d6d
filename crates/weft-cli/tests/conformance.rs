//! Conformance tests: every script under `tests/conformance/` (any depth) runs under weft
//! in its own process and checks itself. A script passes when it exits with status 0, prints
//! at least one line starting with `PASS ` and no line starting with `FAIL`. Conventions:
//! `tests/conformance/README.md`.
//!
//! - `WEFT_BIN`: the binary under test (default: the `weft` built with this test); the
//!   scripts must also pass with the oracle node (`WEFT_BIN=.oracle/node/bin/node`).
//! - `WEFT_CASES=<substring>`: only scripts whose path contains it.
//! - `WEFT_JOBS`: parallel scripts (default 2).

#[path = "support/run.rs"]
mod run;

use std::path::Path;

/// `Ok(())` when the outcome satisfies the convention, else why not.
fn verdict(o: &run::Outcome) -> Result<(), String> {
    let fails: Vec<&str> = o.stdout.lines().filter(|l| l.starts_with("FAIL")).collect();
    let passes = o.stdout.lines().filter(|l| l.starts_with("PASS ")).count();
    let mut why = Vec::new();
    if o.status != "0" {
        why.push(format!("exit status {}", o.status));
    }
    if !fails.is_empty() {
        why.push(fails.join("\n  "));
    }
    if passes == 0 {
        why.push("no `PASS <name>` line".to_string());
    }
    if why.is_empty() {
        return Ok(());
    }
    let mut report = format!("  {}\n", why.join("\n  "));
    if !o.stderr.trim().is_empty() {
        report += &format!(
            "  stderr:\n    {}\n",
            o.stderr.trim_end().replace('\n', "\n    ")
        );
    }
    Err(report)
}

fn check(script: &Path, weft: &Path) -> Result<(), String> {
    let dir = script.parent().expect("script has a folder");
    verdict(&run::run_script(weft, &[], script, dir)?)
}

#[test]
fn conformance_scripts_pass() {
    let root = run::repo_root();
    let weft = run::weft_bin();
    let dir = root.join("tests/conformance");
    let scripts = run::filtered(run::scripts_in(&dir, usize::MAX));
    assert!(
        !scripts.is_empty(),
        "no conformance scripts found in {} (WEFT_CASES filter?)",
        dir.display()
    );
    eprintln!(
        "conformance: {} scripts, weft {}",
        scripts.len(),
        weft.display()
    );
    let results = run::parallel(&scripts, |s| check(s, &weft));
    let mut failed = 0;
    for (script, r) in scripts.iter().zip(&results) {
        let name = script.strip_prefix(&dir).unwrap_or(script).display();
        match r {
            Ok(()) => eprintln!("ok   {name}"),
            Err(report) => {
                failed += 1;
                eprintln!("FAIL {name}\n{report}");
            }
        }
    }
    assert_eq!(
        failed,
        0,
        "{failed} of {} conformance scripts failed (report above)",
        scripts.len()
    );
}

#[test]
fn verdict_requires_pass_line_zero_exit_and_no_fail() {
    let o = |stdout: &str, status: &str| run::Outcome {
        stdout: stdout.to_string(),
        stderr: String::new(),
        status: status.to_string(),
    };
    assert!(verdict(&o("PASS a\n", "0")).is_ok());
    assert!(verdict(&o("PASS a\nFAIL b: x\n", "0")).is_err());
    assert!(verdict(&o("PASS a\n", "1")).is_err());
    assert!(verdict(&o("hello\n", "0")).is_err());
    assert!(verdict(&o("PASS a\n", "hang")).is_err());
}
