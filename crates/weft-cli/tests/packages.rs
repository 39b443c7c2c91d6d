//! Package scenarios: real npm packages built on `node:async_hooks` (cls-hooked,
//! @opentelemetry/context-async-hooks), run unmodified under weft. Every script under
//! `tests/packages/scenarios/` (any depth) runs in its own process, cwd = its folder, and
//! checks itself like a conformance script: it passes when it exits with status 0, prints at
//! least one line starting with `PASS ` and no line starting with `FAIL`. See
//! `tests/packages/README.md`.
//!
//! The packages come from `.npm-fixtures/`, installed from the committed
//! `tests/packages/package-lock.json` by `scripts/install-npm-fixtures.sh` (which
//! `scripts/test.sh` runs before `cargo test`). Missing or outdated fixtures fail this test
//! with that instruction.
//!
//! - `WEFT_BIN`: the binary under test (default: the `weft` built with this test); every
//!   scenario must also pass with the oracle node (`WEFT_BIN=.oracle/node/bin/node`).
//! - `WEFT_CASES=<substring>`: only scripts whose path contains it.
//! - `WEFT_JOBS`: parallel scripts (default 2). Time limit per script: `run::TIMEOUT`.

#[path = "support/run.rs"]
mod run;
#[path = "support/self_check.rs"]
mod self_check;

use std::path::Path;

/// `Err(why)` when `.npm-fixtures/` is not an install of the committed package.json and lock
/// file (the install script copies both there before `npm ci`, which never rewrites them).
fn fixtures_ready(root: &Path) -> Result<(), String> {
    let src = root.join("tests/packages");
    let dest = root.join(".npm-fixtures");
    let fix = "run scripts/install-npm-fixtures.sh (scripts/test.sh does it before cargo test)";
    if !dest.join("node_modules").is_dir() {
        return Err(format!(
            "the npm fixtures are not installed: {} is missing; {fix}",
            dest.join("node_modules").display()
        ));
    }
    for name in ["package.json", "package-lock.json"] {
        let want = std::fs::read(src.join(name))
            .map_err(|e| format!("cannot read {}: {e}", src.join(name).display()))?;
        if std::fs::read(dest.join(name)).ok().as_deref() != Some(&want[..]) {
            return Err(format!(
                "the npm fixtures in {} are out of date ({name} differs from tests/packages/{name}); {fix}",
                dest.display()
            ));
        }
    }
    Ok(())
}

fn check(script: &Path, weft: &Path) -> Result<(), String> {
    let dir = script.parent().expect("script has a folder");
    self_check::self_check_verdict(&run::run_script(weft, &[], script, dir)?)
}

#[test]
fn package_scenarios_pass() {
    let root = run::repo_root();
    if let Err(why) = fixtures_ready(&root) {
        panic!("{why}");
    }
    let weft = run::weft_bin();
    let dir = root.join("tests/packages/scenarios");
    let scripts = run::filtered(run::scripts_in(&dir, usize::MAX));
    assert!(
        !scripts.is_empty(),
        "no package scenario found in {} (WEFT_CASES filter?)",
        dir.display()
    );
    eprintln!(
        "packages: {} scenarios, weft {}",
        scripts.len(),
        weft.display()
    );
    let results = run::parallel(&scripts, |s| check(s, &weft));
    let failed = run::report(&dir, &scripts, &results);
    assert_eq!(
        failed,
        0,
        "{failed} of {} package scenarios failed (report above)",
        scripts.len()
    );
}

#[test]
fn fixtures_ready_names_the_install_script() {
    let tmp = std::env::temp_dir().join(format!("weft-packages-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(tmp.join("tests/packages")).expect("temp dir");
    for name in ["package.json", "package-lock.json"] {
        std::fs::write(tmp.join("tests/packages").join(name), "{}").expect("write");
    }
    let missing = fixtures_ready(&tmp).expect_err("no .npm-fixtures");
    assert!(
        missing.contains("scripts/install-npm-fixtures.sh"),
        "{missing}"
    );
    std::fs::create_dir_all(tmp.join(".npm-fixtures/node_modules")).expect("mkdir");
    std::fs::write(tmp.join(".npm-fixtures/package.json"), "{}").expect("write");
    std::fs::write(tmp.join(".npm-fixtures/package-lock.json"), "{\"old\":1}").expect("write");
    let stale = fixtures_ready(&tmp).expect_err("stale lock");
    assert!(stale.contains("out of date"), "{stale}");
    std::fs::write(tmp.join(".npm-fixtures/package-lock.json"), "{}").expect("write");
    assert!(fixtures_ready(&tmp).is_ok());
    let _ = std::fs::remove_dir_all(&tmp);
}
