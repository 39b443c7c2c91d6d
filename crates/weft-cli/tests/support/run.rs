//! Process plumbing shared by the differential and conformance runners: where the repository
//! and the weft binary are, running one script with a time limit, and a small worker pool.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Per-script time limit; a script still running after it is killed and reported as a hang.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// The workspace root (two levels above this package's manifest).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repo root")
}

/// The binary under test: `$WEFT_BIN` if set (e.g. the oracle node, to validate the
/// harness), else the `weft` binary Cargo built for this test.
pub fn weft_bin() -> PathBuf {
    match std::env::var_os("WEFT_BIN") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_weft")),
    }
}

/// How many scripts run at once: `$WEFT_JOBS`, default 2 (the CI machines have 2 cores).
pub fn jobs() -> usize {
    std::env::var("WEFT_JOBS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(2)
}

/// What one run produced.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// `"0"`, `"1"`, ... or `"signal 9"`; `"hang"` when killed after [`TIMEOUT`].
    pub status: String,
}

/// Runs `bin args... script` in `cwd` with Node-affecting environment variables removed,
/// stdin closed, and a [`TIMEOUT`] limit. A failure to start is returned as `Err`.
pub fn run_script(
    bin: &Path,
    args: &[String],
    script: &Path,
    cwd: &Path,
) -> Result<Outcome, String> {
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .arg(script)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in [
        "NODE_OPTIONS",
        "NODE_DEBUG",
        "NODE_V8_COVERAGE",
        "FORCE_COLOR",
        "NODE_NO_WARNINGS",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("NO_COLOR", "1");
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_reader = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break describe(st),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break "hang".to_string();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("wait failed: {e}")),
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Ok(Outcome {
        stdout,
        stderr,
        status,
    })
}

fn describe(st: std::process::ExitStatus) -> String {
    if let Some(code) = st.code() {
        return code.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = st.signal() {
            return format!("signal {sig}");
        }
    }
    "unknown".to_string()
}

/// Applies `f` to every item on [`jobs`] threads; results come back in input order.
pub fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs().min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .map(|r| r.expect("every item ran"))
        .collect()
}

/// Files under `dir` ending in `.js`, `.cjs` or `.mjs`, descending at most `depth` folder
/// levels, sorted; names starting with `_` and `common.js` are helpers, not scripts.
pub fn scripts_in(dir: &Path, depth: usize) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for e in entries.flatten() {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            if depth > 0 {
                found.extend(scripts_in(&path, depth - 1));
            }
        } else if name != "common.js" && [".js", ".cjs", ".mjs"].iter().any(|x| name.ends_with(x)) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// Keeps the scripts whose path contains `$WEFT_CASES`, when it is set.
pub fn filtered(scripts: Vec<PathBuf>) -> Vec<PathBuf> {
    match std::env::var("WEFT_CASES") {
        Ok(f) if !f.is_empty() => scripts
            .into_iter()
            .filter(|p| p.to_string_lossy().contains(&f))
            .collect(),
        _ => scripts,
    }
}

/// Prints `ok`/`FAIL` per script (names relative to `dir`, failures with their report) and
/// returns how many failed.
pub fn report(dir: &Path, scripts: &[PathBuf], results: &[Result<(), String>]) -> usize {
    let mut failed = 0;
    for (script, r) in scripts.iter().zip(results) {
        let name = script.strip_prefix(dir).unwrap_or(script).display();
        match r {
            Ok(()) => eprintln!("ok   {name}"),
            Err(report) => {
                failed += 1;
                eprintln!("FAIL {name}\n{report}");
            }
        }
    }
    failed
}
