#!/usr/bin/env bash
# Runs every test of weft: the Rust unit and integration tests of all crates (which include
# the engine-patch tests), the self-checking JS conformance scripts and the differential tests
# against Node 26 (installed into .oracle/ by scripts/install-oracle.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export WEFT_ORACLE="$("$root/scripts/install-oracle.sh")"
"$root/scripts/install-npm-fixtures.sh" >/dev/null
cargo build --release --locked -p weft-cli
export WEFT_BIN="$root/target/release/weft"
cargo test --release --locked --workspace
