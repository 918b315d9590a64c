#!/usr/bin/env bash
# Records Go 1.19's output for the standard-library additions into
# test/fixtures/go1.19/std/:
#   gaps/NAME.out  stdout of scripts/go/std/gaps/NAME.go, a program the
#                  runner must reproduce (test/std/gaps.test.ts)
#   rand.json      math/rand's values (scripts/go/std/randcases.go)
#   unicode.json   unicode's classes and case mappings (scripts/go/std/unicodecases.go)
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/std
mkdir -p "$out/gaps"
for f in scripts/go/std/gaps/*.go; do
  "$go" run "$f" >"$out/gaps/$(basename "$f" .go).out"
done
"$go" run scripts/go/std/randcases.go | jq -c . >"$out/rand.json"
"$go" run scripts/go/std/unicodecases.go | jq -c . >"$out/unicode.json"
