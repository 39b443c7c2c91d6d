#!/usr/bin/env bash
# async_hooks benchmark: weft vs node, side by side (see README.md and run.py).
# Usage: bench/async_hooks/run.sh [--runs N] [--quick] [--only SUBSTRING] [--timeout SECONDS]
# Env: WEFT_BIN (default target/release/weft), WEFT_ORACLE (default .oracle/node/bin/node).
set -euo pipefail
exec python3 "$(dirname "$0")/run.py" "$@"
