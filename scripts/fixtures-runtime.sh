#!/usr/bin/env bash
# Records Go 1.19's runtime facts into test/fixtures/go1.19/runtime/, for tests that
# must not need Go:
#   growslice.json  the capacities append gives, per element size
#                   (scripts/go/runtime/growslice.go)
#   layout.json     sizes, alignments and pointer masks (ptrdata, gcdata) of a set
#                   of types (scripts/go/runtime/layout.go)
# Rerunning rewrites the same files.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/runtime
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/growslice" scripts/go/runtime/growslice.go
env -i GOMAXPROCS=1 "$tmp/growslice" >"$tmp/growslice.json"
mv "$tmp/growslice.json" "$out/growslice.json"
"$go" build -o "$tmp/layout" scripts/go/runtime/layout.go
env -i GOMAXPROCS=1 "$tmp/layout" >"$tmp/layout.json"
mv "$tmp/layout.json" "$out/layout.json"
echo "fixtures-runtime: wrote $out/growslice.json and $out/layout.json"
