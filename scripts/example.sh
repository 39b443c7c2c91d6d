#!/usr/bin/env bash
# Builds weft and runs the bundled example: a hook trace of timers, immediates and ticks.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cargo build --release --locked -p weft-cli
exec "$root/target/release/weft" "$root/examples/hook-trace.js"
