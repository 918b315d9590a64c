#!/usr/bin/env bash
# Records Go 1.19's sync.Pool behaviour and FreeOSMemory accounting into
# test/fixtures/go1.19/pool/, for tests that must not need Go:
#   sequences.json     what each Get returned in sequences of Put, Get and
#                      runtime.GC on one P, and which items finalizers saw die
#                      (scripts/go/pool/pool.go)
#   freeosmemory.json  MemStats and VmRSS with a live heap of 64 MiB, after it
#                      was dropped and collected, and after debug.FreeOSMemory
#                      (scripts/go/pool/freeosmemory.go)
# Everything runs with GOMAXPROCS=1 in an otherwise empty environment. The
# sequences come out the same on every run; the freeosmemory byte counts move by a
# few KiB with how many threads the runtime started.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/pool
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/pool" scripts/go/pool/pool.go
"$go" build -o "$tmp/freeosmemory" scripts/go/pool/freeosmemory.go

env -i GOMAXPROCS=1 "$tmp/pool" | jq '{
  about: "sync.Pool in Go 1.19 with GOMAXPROCS=1, recorded by scripts/fixtures-pool.sh running scripts/go/pool/pool.go. Each run replays its steps on a fresh Pool: put:N puts the item with id N (a new 16-byte object with a finalizer unless a get returned it), putnil puts nil, get records the id Get returned (null for nil), gc is runtime.GC, fin waits for queued finalizers and records the ids finalized so far in that run. Runs whose name ends in +new have a New that returns fresh items numbered from 1000.",
  runs: .
}' >"$tmp/sequences.json"

env -i GOMAXPROCS=1 "$tmp/freeosmemory" 64 | jq '{
  about: "MemStats and the resident set (VmRSS, KiB) of a Go 1.19 process with GOMAXPROCS=1, recorded by scripts/fixtures-pool.sh running scripts/go/pool/freeosmemory.go: with 64 MiB of live 64 KiB blocks, after dropping them and runtime.GC, and after debug.FreeOSMemory. Released pages stay in HeapSys and Sys; only HeapReleased and the resident set change.",
  live_mib, with_live, after_gc, after_free_os_memory
}' >"$tmp/freeosmemory.json"

mv "$tmp/sequences.json" "$out/sequences.json"
mv "$tmp/freeosmemory.json" "$out/freeosmemory.json"
echo "fixtures-pool: wrote $out/sequences.json and $out/freeosmemory.json"
