#!/usr/bin/env bash
# Records Go 1.19's standard-library output into test/fixtures/go1.19/std/, for
# the tests of src/go/std that must not need Go:
#   fmt.json      fmt's output for verbs × values, flags, bad formats, methods
#                 (scripts/go/std/fmtcases.go)
#   strconv.json  FormatFloat, Atoi/ParseInt/ParseFloat results and errors,
#                 Quote, Duration.String (scripts/go/std/strconvcases.go)
#   sort.json     sort.Slice, sort.Ints and sort.Stable orders
#                 (scripts/go/std/sortcases.go)
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/std
mkdir -p "$out"
for p in fmt strconv sort; do
  "$go" run "scripts/go/std/${p}cases.go" | jq -c . >"$out/$p.json"
done
