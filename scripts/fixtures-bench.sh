#!/usr/bin/env bash
# Records what Go 1.19's own test/bench/garbage/tree.go prints into
# test/fixtures/go1.19/bench/, for tests that must not need Go:
#   tree-n10.txt   stdout of `tree -n 10` (tree checks, then stats.go's lines)
#   tree-n6.txt    stdout of `tree -n 6`, where no GC cycle ran and stats.go's
#                  division by NumGC panics after three lines; tree-n6.stderr
#                  holds the panic's first line and tree-n6.status the exit status
# tree.go and stats.go are built from the installed Go tree ($GOROOT/test), with
# GOMAXPROCS=2 in an otherwise empty environment. The check values are the same
# on every run; the timings, pauses and byte counts are not.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
src="$("$go" env GOROOT)/test/bench/garbage"
out=test/fixtures/go1.19/bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/tree" "$src/tree.go" "$src/stats.go"
env -i GOMAXPROCS=2 "$tmp/tree" -n 10 >"$tmp/tree-n10.txt"
status=0
env -i GOMAXPROCS=2 "$tmp/tree" -n 6 >"$tmp/tree-n6.txt" 2>"$tmp/stderr" || status=$?
head -n 1 "$tmp/stderr" >"$tmp/tree-n6.stderr"
echo "$status" >"$tmp/tree-n6.status"

mv "$tmp"/tree-n* "$out/"
echo "fixtures-bench: wrote $out/tree-n10.txt, tree-n6.txt, tree-n6.stderr and tree-n6.status"
