#!/usr/bin/env bash
# Records Go 1.19's collector facts into test/fixtures/go1.19/gc/, for tests that
# must not need Go:
#   finalizer.json  how many runtime.GC calls free an unreachable object without
#                   and with a finalizer, and after which one the finalizer ran
#                   (scripts/go/gc/finalizer.go); the script fails unless five runs
#                   agree
#   gctrace.txt     the GODEBUG=gctrace=1 lines of scripts/go/gc/gctrace.go, with
#                   automatic cycles and two runtime.GC (forced) cycles
# Everything runs with GOMAXPROCS=2 in an otherwise empty environment.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/gc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/finalizer" scripts/go/gc/finalizer.go scripts/go/gc/uintptr.go
"$go" build -o "$tmp/gctrace" scripts/go/gc/gctrace.go

for i in 1 2 3 4 5; do
  env -i GOMAXPROCS=2 "$tmp/finalizer" >"$tmp/fin.$i"
done
for i in 2 3 4 5; do
  cmp -s "$tmp/fin.1" "$tmp/fin.$i" || {
    echo "fixtures-gc: finalizer runs disagree:" >&2
    cat "$tmp"/fin.* >&2
    exit 1
  }
done
jq '{about: "runtime.GC calls Go 1.19 needed to free an unreachable 4 MiB object (seen as a HeapAlloc drop) without a finalizer (gcs_to_free_plain) and with one (gcs_to_free_finalized), the collection after which the finalizer had run, and whether it received the same object; recorded by scripts/fixtures-gc.sh from scripts/go/gc/finalizer.go, five runs agreeing."} + .' \
  "$tmp/fin.1" >"$tmp/finalizer.json"

env -i GOMAXPROCS=2 GODEBUG=gctrace=1 "$tmp/gctrace" 2>"$tmp/trace.err" >/dev/null
grep '^gc ' "$tmp/trace.err" >"$tmp/gctrace.txt"
grep -q '(forced)$' "$tmp/gctrace.txt" || { echo "fixtures-gc: no forced cycle" >&2; exit 1; }
[ "$(grep -vc '(forced)$' "$tmp/gctrace.txt")" -ge 2 ] || { echo "fixtures-gc: too few automatic cycles" >&2; exit 1; }

mv "$tmp/finalizer.json" "$out/finalizer.json"
mv "$tmp/gctrace.txt" "$out/gctrace.txt"
echo "fixtures-gc: wrote $out/finalizer.json and $out/gctrace.txt"
