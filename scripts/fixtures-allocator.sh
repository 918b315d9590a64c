#!/usr/bin/env bash
# Records Go 1.19's allocator facts into test/fixtures/go1.19/allocator/, for tests
# that must not need Go:
#   sizeclasses.txt  the table comment Go 1.19's own runtime/mksizeclasses.go prints
#   memstats.json    runtime.MemStats around allocation patterns, at startup, and
#                    under GOGC / GOMEMLIMIT (scripts/go/allocator/memstats.go)
# Everything runs with GOMAXPROCS=1. The allocation patterns run three times and the
# script fails unless all three agree. The startup snapshot varies a little from run
# to run (how many threads the runtime started before main reads: each costs an m
# and a g0 stack), so it is taken over twenty runs: the fixture keeps the run with
# the fewest Mallocs, and the script fails if any field outside the known-varying
# ones, or HeapSys+StackSys, differs between runs. Rerunning rewrites the same files.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
goroot=$("$go" env GOROOT)
out=test/fixtures/go1.19/allocator
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# The generator writes sizeclasses.go into its working directory unless -stdout;
# run it from the scratch directory so nothing lands in the repository.
(cd "$tmp" && "$go" run "$goroot/src/runtime/mksizeclasses.go" -stdout) >"$tmp/sizeclasses.go"
# The comment starts at the table header and ends before the constants.
awk '/^\/\/ class /{on=1} /^const \(/{on=0} on{line[n++]=$0}
  END{while (n > 0 && line[n-1] == "") n--; for (i = 0; i < n; i++) print line[i]}' \
  "$tmp/sizeclasses.go" >"$tmp/sizeclasses.txt"
grep -q '^//    67 ' "$tmp/sizeclasses.txt" || {
  echo "fixtures-allocator: no class 67 row in mksizeclasses.go output" >&2
  exit 1
}
mv "$tmp/sizeclasses.txt" "$out/sizeclasses.txt"

"$go" build -o "$tmp/memstats" scripts/go/allocator/memstats.go
# A bare environment: the runtime copies every environment variable into the heap
# at startup, so the caller's environment would show in the startup snapshot.
run() { env -i GOMAXPROCS=1 "$@" "$tmp/memstats"; }

for i in $(seq 1 20); do
  run >"$tmp/run$i.json"
done
for i in 2 3; do
  if ! cmp -s <(jq -c .patterns "$tmp/run1.json") <(jq -c .patterns "$tmp/run$i.json"); then
    echo "fixtures-allocator: allocation pattern deltas differ between run 1 and run $i:" >&2
    diff <(jq -c '.patterns[]' "$tmp/run1.json") <(jq -c '.patterns[]' "$tmp/run$i.json") >&2 || true
    exit 1
  fi
done
run GOGC=50 >"$tmp/gogc50.json"
run GOGC=200 >"$tmp/gogc200.json"
run GOMEMLIMIT=100MiB >"$tmp/memlimit.json"

jq -s '
  def env_facts: {gc_percent, memory_limit, next_gc_at_start: .startup.NextGC};
  ["Alloc", "TotalAlloc", "Mallocs", "HeapAlloc", "HeapObjects", "HeapSys", "HeapIdle",
   "HeapReleased", "StackInuse", "StackSys"] as $varying
  | .[0:20] as $runs
  | .[20:] as [$gogc50, $gogc200, $memlimit]
  | ($runs | map(.startup)) as $starts
  | ([$starts[0] | keys_unsorted[] | select(. as $f | $varying | index($f) | not)]
     + ["HeapSys+StackSys"]) as $fixed
  | ($starts | map(. + {"HeapSys+StackSys": (.HeapSys + .StackSys)})) as $checked
  | ($fixed[] | . as $f | if ([$checked[][$f]] | unique | length) > 1
      then error("startup \($f) differs between runs: \([$checked[][$f]] | unique)") else empty end),
    {
      about: "Go 1.19 runtime.MemStats facts recorded by scripts/fixtures-allocator.sh running scripts/go/allocator/memstats.go with GOMAXPROCS=1 and an otherwise empty environment.",
      go_version: $runs[0].go_version,
      goos_goarch: $runs[0].goos_goarch,
      by_size: {len: ($runs[0].by_size_sizes | length), sizes: $runs[0].by_size_sizes},
      environments: {
        note: "gc_percent is what debug.SetGCPercent(-1) returned, memory_limit what debug.SetMemoryLimit(-1) returned (a decimal string: math.MaxInt64 does not fit a float64), next_gc_at_start the first MemStats.NextGC.",
        default: ($runs[0] | env_facts),
        "GOGC=50": ($gogc50 | env_facts),
        "GOGC=200": ($gogc200 | env_facts),
        "GOMEMLIMIT=100MiB": ($memlimit | env_facts)
      },
      startup: {
        note: "Scalar fields of the first runtime.ReadMemStats in main, before the program does anything: the run with the fewest Mallocs out of \($starts | length). The fields in varying change between runs with how many threads the runtime started before main; every other field, and HeapSys+StackSys, was equal in all runs.",
        runs: ($starts | length),
        varying: $varying,
        snapshot: ($starts | min_by([.Mallocs, .StackSys, .Alloc]))
      },
      patterns_note: "GC off (debug.SetGCPercent(-1)). Each pattern stores its objects into a package-level array and is bracketed by runtime.ReadMemStats, which flushes the mcaches and so starts every pattern without a partly used tiny block. Values are after-minus-before deltas, identical over 3 runs; BySizeMallocs lists the nonzero BySize[i].Mallocs deltas by size (BySize stops at 18432, so larger classes and large objects never show there).",
      patterns: $runs[0].patterns
    }
' "$tmp"/run{1..20}.json "$tmp/gogc50.json" "$tmp/gogc200.json" "$tmp/memlimit.json" \
  >"$tmp/memstats.json"
mv "$tmp/memstats.json" "$out/memstats.json"
echo "fixtures-allocator: wrote $out/sizeclasses.txt and $out/memstats.json"
