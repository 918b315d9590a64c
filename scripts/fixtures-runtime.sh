#!/usr/bin/env bash
# Records Go 1.19's runtime facts into test/fixtures/go1.19/runtime/, for tests that
# must not need Go:
#   growslice.json  the capacities append gives, per element size
#                   (scripts/go/runtime/growslice.go)
#   layout.json     sizes, alignments and pointer masks (ptrdata, gcdata) of a set
#                   of types (scripts/go/runtime/layout.go)
#   tiny.json       where the tiny allocator places sequences of small noscan
#                   objects (scripts/go/runtime/tiny.go)
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
for i in 1 2 3; do
  "$go" build -o "$tmp/tiny" scripts/go/runtime/tiny.go
  env -i GOMAXPROCS=1 "$tmp/tiny" >"$tmp/tiny$i.json"
done
# Placement must not depend on the run.
cmp -s "$tmp/tiny1.json" "$tmp/tiny2.json" && cmp -s "$tmp/tiny1.json" "$tmp/tiny3.json" || {
  echo "fixtures-runtime: tiny placements differ between runs" >&2
  exit 1
}
jq . "$tmp/tiny1.json" >"$out/tiny.json"
echo "fixtures-runtime: wrote $out/growslice.json, $out/layout.json and $out/tiny.json"
