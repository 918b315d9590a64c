#!/usr/bin/env bash
# Records Go 1.19's channel allocation and goroutine stack accounting into
# test/fixtures/go1.19/sched/, for tests that must not need Go:
#   makechan.json  Mallocs and TotalAlloc added by make(chan T, n) for a few
#                  element types and sizes (scripts/go/sched/chan.go)
#   stacks.json    StackInuse, StackSys, HeapSys, HeapInuse, Sys and NumGoroutine
#                  before n goroutines start, while they block, after they exit,
#                  and after one and two runtime.GC calls (scripts/go/sched/stacks.go)
# Everything runs with GOMAXPROCS=1 in an otherwise empty environment.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/sched
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/chan" scripts/go/sched/chan.go
"$go" build -o "$tmp/stacks" scripts/go/sched/stacks.go

env -i GOMAXPROCS=1 "$tmp/chan" | jq '{
  about: "Mallocs and TotalAlloc deltas of make(chan T, size) in Go 1.19 (GOMAXPROCS=1), recorded by scripts/fixtures-sched.sh running scripts/go/sched/chan.go. main.pair is struct { a int; p *int }.",
  cases: .
}' >"$tmp/makechan.json"

env -i GOMAXPROCS=1 "$tmp/stacks" | jq '{
  about: "Goroutine stack accounting in Go 1.19 (GOMAXPROCS=1), recorded by scripts/fixtures-sched.sh running scripts/go/sched/stacks.go: n goroutines block on a channel, are released and exit; MemStats before, while blocked, after they exited, and after runtime.GC twice. The runs follow each other in one process, so each starts with the free goroutines the previous left.",
  runs: .
}' >"$tmp/stacks.json"

mv "$tmp/makechan.json" "$out/makechan.json"
mv "$tmp/stacks.json" "$out/stacks.json"
echo "fixtures-sched: wrote $out/makechan.json and $out/stacks.json"
