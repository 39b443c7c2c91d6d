#!/usr/bin/env bash
# Installs the real npm packages of the package scenarios (tests/packages/README.md) into
# .npm-fixtures/ with `npm ci` from the committed tests/packages/package-lock.json, and prints
# the node_modules path. Idempotent: skipped when the stamp file records the current hash of
# package.json + package-lock.json and the copies in .npm-fixtures/ are unchanged (the package
# runner, crates/weft-cli/tests/packages.rs, compares those copies). Needs only `npm` (>= 7,
# for the lockfile v3); install scripts of the packages are not run, and nothing outside
# .npm-fixtures/ is written.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/tests/packages"
dest="$root/.npm-fixtures"
stamp="$dest/.installed-lock-sha256"
hash="$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)"
if [ -d "$dest/node_modules" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] &&
  cmp -s "$src/package.json" "$dest/package.json" &&
  cmp -s "$src/package-lock.json" "$dest/package-lock.json"; then
  echo "$dest/node_modules"
  exit 0
fi
rm -rf "$dest/node_modules" "$stamp"
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
# npm's own output goes to stderr: stdout carries only the path, for callers' $(...).
( cd "$dest" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error 1>&2 )
echo "$hash" >"$stamp"
echo "$dest/node_modules"
