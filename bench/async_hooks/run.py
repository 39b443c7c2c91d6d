#!/usr/bin/env python3
"""async_hooks benchmark: weft vs the oracle node, side by side in one run.

Each workload is one script in this folder, run as `<binary> <script> <variant> <n>`; it prints
the elapsed milliseconds of its timed part (measured inside the script with
process.hrtime.bigint(), so start-up is excluded) and nothing else. For every workload x variant
the runner alternates weft and node --runs times, keeps the MINIMUM time of each, and prints one
table. A run that exits non-zero, times out or prints something other than one number makes its
cell n/a (weft is then not retried for that row); the reason is listed under the table.

Binaries: $WEFT_BIN (default target/release/weft) and $WEFT_ORACLE (default
.oracle/node/bin/node). This reports; it never asserts timings.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

HOOKED = ["none", "init", "all", "als"]
# Milestone targets: all five callbacks <= 1.3x weft's own no-hook time, ALS <= 1.05x,
# getStore / executionAsyncId <= 50 ns per call.
PROMISE_TARGETS = {"all": ("ratio", 1.30), "als": ("ratio", 1.05)}

# (workload, iterations in full mode, variants, base variant for the "vs base" column, targets)
# --quick divides the iteration counts by 10.
WORKLOADS = [
    ("then-chain", 1_000_000, HOOKED, "none", PROMISE_TARGETS),
    ("await-values", 1_000_000, HOOKED, "none", PROMISE_TARGETS),
    ("async-calls", 1_000_000, HOOKED, "none", PROMISE_TARGETS),
    ("resource-run", 1_000_000, ["reuse", "reuse+all", "construct", "construct+all"],
     "prefix", {}),
    ("getstore-hot", 10_000_000, ["none", "run", "outside"], "none", {"run": ("ns", 50)}),
    ("eid-hot", 10_000_000, ["none", "top", "scope", "hooked"], "none",
     {"top": ("ns", 50), "scope": ("ns", 50), "hooked": ("ns", 50)}),
    ("async-local-storage-run", 1_000_000, ["none", "run"], "none", {}),
    ("async-local-storage-getstore-nested-run", 10_000_000, ["1", "10", "100"], "1", {}),
    ("async-local-storage-propagate-promise", 1_000_000, ["0", "1", "10", "100"], "0", {}),
    ("async-resource-bind", 1_000_000, ["bind", "bind-this", "call"], None, {}),
    ("promises", 1_000_000, ["none", "init", "resolve", "destroy"], "none", {}),
]


class RunFailed(Exception):
    pass


def run_once(binary, script, variant, n, timeout):
    """Runs one process; returns the elapsed ms it printed. Raises RunFailed."""
    try:
        proc = subprocess.run([binary, script, variant, str(n)], cwd=HERE, timeout=timeout,
                              stdin=subprocess.DEVNULL, capture_output=True)
    except subprocess.TimeoutExpired:
        raise RunFailed(f"timed out after {timeout} s")
    out = proc.stdout.decode(errors="replace").strip()
    err = proc.stderr.decode(errors="replace").strip()
    if proc.returncode != 0:
        lines = [l.strip() for l in err.splitlines() if l.strip()]
        # The most telling line of a JS error is usually the "XxxError: ..." one.
        msg = next((l for l in lines if "Error" in l), lines[0] if lines else "(no stderr)")
        raise RunFailed(f"exit {proc.returncode}: {msg}")
    try:
        return float(out)
    except ValueError:
        raise RunFailed(f"unexpected stdout {out[:80]!r}")


def base_of(base, variant, variants):
    if base == "prefix":  # "reuse+all" is measured against "reuse"
        return variant.split("+")[0] if "+" in variant else None
    if base is None or variant == base or base not in variants:
        return None
    return base


def fmt(value, spec):
    """Formats a number with spec ("9.1f"), or a right-aligned n/a of the same width."""
    return format("n/a", ">" + spec.split(".")[0]) if value is None else format(value, spec)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=3, help="alternating runs per row (default 3)")
    p.add_argument("--quick", action="store_true", help="a tenth of the iterations")
    p.add_argument("--only", default="", metavar="SUBSTRING",
                   help="only rows whose 'workload/variant' contains SUBSTRING")
    p.add_argument("--timeout", type=float, default=300, help="per-run timeout in s (default 300)")
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

    rows = [(w, n // 10 if a.quick else n, v, base_of(base, v, variants), targets.get(v))
            for w, n, variants, base, targets in WORKLOADS for v in variants
            if a.only in f"{w}/{v}"]
    # A selected row's base variant runs too (just before it), so "vs base" has a value.
    selected = {(w, v) for w, _, v, _, _ in rows}
    full = [(w, n // 10 if a.quick else n, v, base_of(base, v, variants), targets.get(v))
            for w, n, variants, base, targets in WORKLOADS for v in variants]
    rows = [r for r in full if (r[0], r[2]) in selected
            or any((r[0], r[2]) == (w, b) for w, _, _, b, _ in rows)]
    if not rows:
        sys.exit(f"no workload/variant matches {a.only!r}")

    print(f"weft: {binaries['weft']}\nnode: {binaries['node']}")
    print(f"min of {a.runs} alternating runs per row; times exclude start-up"
          f"{'; --quick' if a.quick else ''}")
    ww = max(len(r[0]) for r in rows)
    vw = max(8, max(len(r[2]) for r in rows))
    head = (f"{'workload':<{ww}}  {'variant':<{vw}}  {'n':>8}  {'weft ms':>9}  {'node ms':>9}  "
            f"{'weft/node':>9}  {'weft ns/op':>10}  {'node ns/op':>10}  {'vs base':>14}  target")
    print(head)
    print("-" * len(head))
    sys.stdout.flush()

    results = {}  # (workload, variant) -> weft ms, for the "vs base" column
    notes = []
    for workload, n, variant, base, target in rows:
        script = os.path.join(HERE, f"{workload}.js")
        best = {"weft": None, "node": None}
        failed = {}
        for _ in range(a.runs):
            for name, binary in binaries.items():
                if name in failed:
                    continue
                try:
                    ms = run_once(binary, script, variant, n, a.timeout)
                except RunFailed as e:
                    failed[name] = str(e)
                    best[name] = None
                    continue
                best[name] = ms if best[name] is None else min(best[name], ms)
        for name, why in failed.items():
            notes.append(f"{workload}/{variant} {name}: {why}")
        wms, nms = best["weft"], best["node"]
        results[(workload, variant)] = wms
        ratio = wms / nms if wms is not None and nms else None
        wns = wms * 1e6 / n if wms is not None else None
        nns = nms * 1e6 / n if nms is not None else None
        vs_base = ""
        base_ms = results.get((workload, base)) if base else None
        if base:
            vs_base = (f"{wms / base_ms:.2f}x {base}" if wms is not None and base_ms
                       else f"n/a {base}")
        tgt = ""
        if target:
            kind, limit = target
            value = (wms / base_ms if kind == "ratio" and wms is not None and base_ms
                     else wns if kind == "ns" else None)
            label = f"<={limit:.2f}x" if kind == "ratio" else f"<={limit}ns"
            tgt = f"{label} " + ("n/a" if value is None else "ok" if value <= limit else "MISS")
            if kind == "ns" and wns is not None and base_ms:
                tgt += f" (net of loop {wns - base_ms * 1e6 / n:.1f})"
        print(f"{workload:<{ww}}  {variant:<{vw}}  {n:>8}  {fmt(wms, '9.1f')}  {fmt(nms, '9.1f')}  "
              f"{fmt(ratio, '9.2f')}  {fmt(wns, '10.1f')}  {fmt(nns, '10.1f')}  {vs_base:>14}  {tgt}")
        sys.stdout.flush()

    if notes:
        print("\nn/a reasons:")
        for note in notes:
            print(f"  {note}")


if __name__ == "__main__":
    main()
