#!/usr/bin/env bash
# HTTP hello-world throughput, weft vs Node 26, with and without an AsyncLocalStorage.run per
# request. Load comes from wrk (a second process, loopback, keep-alive connections) for a fixed
# duration per run; reports requests/s and p99 latency and the weft/node ratios. Not a test.
#
#   bench/http/run.sh [--quick]        (needs wrk: installed with apt-get if missing)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
duration=10s
[ "${1:-}" = "--quick" ] && duration=3s
connections=32

if ! command -v wrk >/dev/null; then
  echo "installing wrk (apt-get)" >&2
  (apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; })
fi
node_bin="$("$root/scripts/install-oracle.sh")"
cargo build --release -p weft-cli >/dev/null 2>&1
weft_bin="${WEFT_BIN:-$root/target/release/weft}"

# run <binary> <mode> -> "req/s p99_ms"
run() {
  local bin="$1" mode="$2" fifo port pid out
  fifo="$(mktemp -u)"
  mkfifo "$fifo"
  "$bin" bench/http/server.js "$mode" >"$fifo" &
  pid=$!
  read -r port <"$fifo"
  rm -f "$fifo"
  wrk -t1 -c"$connections" -d1s "http://127.0.0.1:$port/" >/dev/null 2>&1 || true   # warm-up
  out="$(wrk -t1 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  local rps p99
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")"
  echo "$rps $p99"
}

printf '%-10s %-6s %12s %10s\n' runtime mode 'req/s' 'p99(ms)'
declare -A R P
for mode in plain als; do
  for rt in node weft; do
    bin="$node_bin"; [ "$rt" = weft ] && bin="$weft_bin"
    read -r rps p99 < <(run "$bin" "$mode")
    R[$rt.$mode]=$rps; P[$rt.$mode]=$p99
    printf '%-10s %-6s %12s %10s\n' "$rt" "$mode" "$rps" "$p99"
  done
done
awk -v wp="${R[weft.plain]}" -v np="${R[node.plain]}" -v wa="${R[weft.als]}" -v na="${R[node.als]}" 'BEGIN {
  printf "weft/node req/s: plain %.2f, als %.2f\n", wp/np, wa/na;
  printf "ALS cost (req/s lost): weft %.1f%%, node %.1f%%\n", (1-wa/wp)*100, (1-na/np)*100;
}'
