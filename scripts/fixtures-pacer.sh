#!/usr/bin/env bash
# Records Go 1.19's pacer facts into test/fixtures/go1.19/pacer/, for tests that
# must not need Go:
#   settings.json  what the runtime made of GOGC and GOMEMLIMIT values
#                  (scripts/go/pacer/limits.go): the gcPercent and memory limit it
#                  reports, the first NextGC, or the fatal error a malformed
#                  GOMEMLIMIT dies with (first two lines of stderr, exit status)
#   heapgoal.json  MemStats after runtime.GC with a known live heap
#                  (scripts/go/pacer/heapgoal.go) under GOGC and GOMEMLIMIT, with
#                  the heap, stack and globals scan work of the forced cycle taken
#                  from its GODEBUG=gcpacertrace=1 line
# Everything runs with GOMAXPROCS=1 in an otherwise empty environment. Rerunning
# gives the same settings and the same relations between the numbers; the byte
# counts themselves (HeapAlloc, Sys, the GOGC=off goal) move by a few KiB from run
# to run with how many threads the runtime started before main.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/pacer
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

"$go" build -o "$tmp/limits" scripts/go/pacer/limits.go
"$go" build -o "$tmp/heapgoal" scripts/go/pacer/heapgoal.go

# One JSON object per setting. A run that dies keeps its exit status and the first
# two lines of stderr (the echoed setting and the fatal error); the stack trace
# after them names addresses and is left out.
setting() { # name value
  local status=0
  env -i GOMAXPROCS=1 "$1=$2" "$tmp/limits" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -eq 0 ]; then
    jq -c --arg name "$1" --arg value "$2" '{name: $name, value: $value} + .' "$tmp/out"
  else
    jq -cn --arg name "$1" --arg value "$2" --argjson status "$status" \
      --arg stderr "$(head -n 2 "$tmp/err")" \
      '{name: $name, value: $value, exit_status: $status, stderr: $stderr}'
  fi
}
{
  for v in "" off OFF 100 50 200 0 -1 -5 - abc 1.5 +50 " 50" 2147483647 2147483648; do
    setting GOGC "$v"
  done
  for v in "" off 0 100 100B 1KiB 512MiB 100MiB 1GiB 1TiB 8388607TiB 8388608TiB \
    9223372036854775807 9223372036854775808 1.5GiB 1kib 1KB 1K 1Mi 1iB 1PiB KiB B iB \
    -1 -0 -0B -KiB +1 0x10 1e3 " 1MiB" "1MiB " "1 MiB" OFF; do
    setting GOMEMLIMIT "$v"
  done
} | jq -s '{
  about: "What Go 1.19 made of GOGC and GOMEMLIMIT, recorded by scripts/fixtures-pacer.sh running scripts/go/pacer/limits.go with GOMAXPROCS=1 and only the one variable set. gc_percent is what debug.SetGCPercent(-1) returned, memory_limit what debug.SetMemoryLimit(-1) returned and next_gc the first MemStats.NextGC (decimal strings: near math.MaxInt64 they do not fit a float64). A run that died has exit_status and the first two lines of its stderr instead.",
  settings: .
}' >"$tmp/settings.json"

# One forced collection per process. The pacer line of the forced cycle is the last
# "% CPU" line between the program'"'"'s two markers; the gctrace line after it must
# say (forced).
# Without a memory limit the program also drops 1 MiB more garbage than the
# heap minimum (4 MiB × GOGC/100): the heap is then past the trigger even when the
# live data alone is not, and the forced cycle prints its pacer line.
heapgoal() { # kind MiB GOGC [GOMEMLIMIT]
  local limit=() garbage=$((4 * $3 / 100 + 1)) status=0
  if [ -n "${4:-}" ]; then
    limit=("GOMEMLIMIT=$4")
    garbage=0
  fi
  env -i GOMAXPROCS=1 "GOGC=$3" "${limit[@]}" GODEBUG=gctrace=1,gcpacertrace=1 \
    "$tmp/heapgoal" "$1" "$2" "$garbage" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "fixtures-pacer: heapgoal $* failed:" >&2
    cat "$tmp/err" >&2
    exit 1
  fi
  sed -n '/^heapgoal: forced GC begins$/,/^heapgoal: forced GC done$/p' "$tmp/err" >"$tmp/forced"
  grep -q '(forced)$' "$tmp/forced" || {
    echo "fixtures-pacer: heapgoal $*: no forced cycle in the trace" >&2
    exit 1
  }
  local pacer
  pacer=$(sed -n 's/^pacer: .* for \([0-9]*\)+\([0-9]*\)+\([0-9]*\) B work .* in \([0-9]*\) B -> \([0-9]*\) B .*/[\1,\2,\3,\4,\5]/p' \
    "$tmp/forced" | tail -n 1)
  jq -c --arg kind "$1" --argjson mib "$2" --argjson gogc "$3" --arg limit "${4:-}" \
    --argjson pacer "${pacer:-null}" \
    '{kind: $kind, live_mib: $mib, gogc: $gogc}
     + (if $limit == "" then {} else {gomemlimit: $limit} end)
     + {scan_work: (if $pacer == null then null
                    else {heap: $pacer[0], stack: $pacer[1], globals: $pacer[2]} end),
        triggered: (if $pacer == null then null else $pacer[3] end),
        heap_live_at_mark_end: (if $pacer == null then null else $pacer[4] end)}
     + .' "$tmp/out"
}
{
  for gogc in 100 50 200 400; do
    for kind in bytes pointers; do
      for mib in 1 8 32 100; do
        heapgoal "$kind" "$mib" "$gogc"
      done
    done
  done
  heapgoal pointers 16 100 32MiB
  heapgoal bytes 32 100 48MiB
  heapgoal pointers 8 400 24MiB
  heapgoal pointers 20 100 16MiB
} >"$tmp/heapgoal.lines"
jq -s 'map(select(.gomemlimit == null and .scan_work == null)) | if length > 0
  then error("no pacer line for a GOGC-only run: \(map({kind, live_mib, gogc}))") else empty end' \
  "$tmp/heapgoal.lines"
jq -s '{
  about: "MemStats right after runtime.GC in Go 1.19 with a known live heap, recorded by scripts/fixtures-pacer.sh running scripts/go/pacer/heapgoal.go with GOMAXPROCS=1. kind bytes keeps one pointer-free []byte of live_mib MiB, kind pointers a linked list of 64-byte nodes of live_mib MiB in all. The live data is built with the collector off (and without a memory limit, garbage of 4 MiB × GOGC/100 + 1 MiB is allocated and dropped, to put the heap past the trigger), GOGC is restored, then runtime.GC runs: scan_work is that cycle'"'"'s heap+stack+globals scan work, triggered the trigger the pacer recorded when the cycle started and heap_live_at_mark_end heapLive when marking ended, all from its gcpacertrace line (null when the cycle printed none, which happens under a memory limit that kept collecting while the data was built). Nothing allocates between the cycle and ReadMemStats.",
  runs: .
}' "$tmp/heapgoal.lines" >"$tmp/heapgoal.json"

mv "$tmp/settings.json" "$out/settings.json"
mv "$tmp/heapgoal.json" "$out/heapgoal.json"
echo "fixtures-pacer: wrote $out/settings.json and $out/heapgoal.json"
