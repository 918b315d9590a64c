#!/usr/bin/env bash
# Records what Go 1.19's maps do into test/fixtures/go1.19/maps/, for tests that
# must not need Go (scripts/go/maps/maps.go, run with GOGC=off):
#   memstats.json  MemStats deltas (Mallocs, Frees, TotalAlloc, HeapAlloc,
#                  HeapObjects, BySize) around make, insert, update, delete,
#                  clear and range on heap maps of several key and elem types
#   hashes.json    the bucket and tophash of every key of maps of many key types
# Both use Go's portable hash with a fixed hashkey and per-map seed (recorded in
# the files), so the runs are reproducible; the script checks that they are.
# Rerunning rewrites the same files.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/maps
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/maps" scripts/go/maps/maps.go
for i in 1 2 3; do
  env -i GOGC=off GOMAXPROCS=1 "$tmp/maps" >"$tmp/maps$i.json"
done
cmp -s "$tmp/maps1.json" "$tmp/maps2.json" && cmp -s "$tmp/maps1.json" "$tmp/maps3.json" || {
  echo "fixtures-maps: runs differ" >&2
  exit 1
}
jq '{hashkey, seed, patterns}' "$tmp/maps1.json" >"$out/memstats.json"
jq -c '{hashkey, seed, hashes}' "$tmp/maps1.json" >"$out/hashes.json"
echo "fixtures-maps: wrote $out/memstats.json and $out/hashes.json"
