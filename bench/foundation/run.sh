#!/usr/bin/env bash
# Foundation benchmark: weft vs node ratios in one side-by-side run (see run.py for details).
# Usage: bench/foundation/run.sh [--runs N] [--hello-runs N]
# Env: WEFT_BIN (default target/release/weft), WEFT_ORACLE (default .oracle/node/bin/node).
set -euo pipefail
exec python3 "$(dirname "$0")/run.py" "$@"
