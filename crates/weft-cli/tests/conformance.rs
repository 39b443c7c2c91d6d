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
#[path = "support/self_check.rs"]
mod self_check;

use std::path::Path;

fn check(script: &Path, weft: &Path) -> Result<(), String> {
    let dir = script.parent().expect("script has a folder");
    self_check::self_check_verdict(&run::run_script(weft, &[], script, dir)?)
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
    let failed = run::report(&dir, &scripts, &results);
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
    assert!(self_check::self_check_verdict(&o("PASS a\n", "0")).is_ok());
    assert!(self_check::self_check_verdict(&o("PASS a\nFAIL b: x\n", "0")).is_err());
    assert!(self_check::self_check_verdict(&o("PASS a\n", "1")).is_err());
    assert!(self_check::self_check_verdict(&o("hello\n", "0")).is_err());
    assert!(self_check::self_check_verdict(&o("PASS a\n", "hang")).is_err());
}
