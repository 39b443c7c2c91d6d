#!/usr/bin/env python3
"""Foundation benchmark: weft vs the oracle node, side by side in one run.

Prints one table of means and weft/node ratios: hello-world start time (mean of
--hello-runs), hello-world peak RSS, and 100k setTimeout(0) / setImmediate / nextTick,
each without and with an enabled createHook({init, before, after, destroy}).
Wall time includes process start. Runs alternate weft and node to spread machine noise.
This reports; it never asserts timings.

Binaries: $WEFT_BIN (default target/release/weft) and $WEFT_ORACLE (default
.oracle/node/bin/node).
"""
import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def run_once(binary, script, args):
    """Runs one process; returns (seconds, peak RSS in KiB). Fails loudly on error."""
    start = time.perf_counter()
    proc = subprocess.Popen([binary, script, *args], cwd=HERE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{binary} {script} {' '.join(args)} exited {proc.returncode}:\n{err}")
    return elapsed, usage.ru_maxrss  # KiB on Linux


def measure(binaries, script, args, runs):
    """Alternates the binaries `runs` times; returns {name: (mean s, max RSS KiB)}."""
    times = {name: [] for name in binaries}
    rss = {name: 0 for name in binaries}
    run_once(binaries["node"], script, args)  # warm the page cache
    for _ in range(runs):
        for name, binary in binaries.items():
            t, r = run_once(binary, script, args)
            times[name].append(t)
            rss[name] = max(rss[name], r)
    return {n: (sum(v) / len(v), rss[n]) for n, v in times.items()}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="runs per loop workload (default 5)")
    p.add_argument("--hello-runs", type=int, default=20, help="hello-world runs (default 20)")
    a = p.parse_args()
    binaries = {
        "weft": os.environ.get("WEFT_BIN") or os.path.join(ROOT, "target", "release", "weft"),
        "node": os.environ.get("WEFT_ORACLE") or os.path.join(ROOT, ".oracle", "node", "bin", "node"),
    }
    for name, path in binaries.items():
        if not os.access(path, os.X_OK):
            hint = ("cargo build --release -p weft-cli" if name == "weft"
                    else "scripts/install-oracle.sh")
            sys.exit(f"{name} binary not found at {path}: run {hint} (or set "
                     f"{'WEFT_BIN' if name == 'weft' else 'WEFT_ORACLE'})")

    rows = []
    hello = measure(binaries, os.path.join(HERE, "hello.js"), [], a.hello_runs)
    rows.append((f"hello world start (mean of {a.hello_runs})", "ms",
                 hello["weft"][0] * 1e3, hello["node"][0] * 1e3))
    rows.append(("hello world peak RSS", "MiB", hello["weft"][1] / 1024, hello["node"][1] / 1024))
    for script, label in [("timeout.js", "100k setTimeout(0)"),
                          ("immediate.js", "100k setImmediate"),
                          ("nexttick.js", "100k process.nextTick")]:
        for args, suffix in [([], ""), (["hooks"], " + hooks")]:
            m = measure(binaries, os.path.join(HERE, script), args, a.runs)
            rows.append((f"{label}{suffix} (mean of {a.runs})", "ms",
                         m["weft"][0] * 1e3, m["node"][0] * 1e3))

    print(f"weft: {binaries['weft']}\nnode: {binaries['node']}")
    w = max(len(r[0]) for r in rows)
    print(f"{'workload':<{w}}  {'unit':>4}  {'weft':>9}  {'node':>9}  {'weft/node':>9}")
    for label, unit, wv, nv in rows:
        ratio = wv / nv if nv else float("nan")
        print(f"{label:<{w}}  {unit:>4}  {wv:>9.1f}  {nv:>9.1f}  {ratio:>9.2f}")


if __name__ == "__main__":
    main()
