#!/usr/bin/env bash
# Records what real Go 1.19 does with every program of the differential suite,
# into test/fixtures/go1.19/run/<name>.json, for tests that must not need Go:
#   test/run/programs/NNN-name.go    a single-file program
#   test/run/programs/NNN-name/*.go  a program of several files (one package main)
#   test/run/seeds/NN-name.go        the seed articles' examples as programs
# Seeds' fixtures are named seed-NN-name.json.
#
# Each program is built with `go build` and run three times with
#   env -i GOMAXPROCS=1 <header env> ./prog <header args>
# under a 20 s timeout. GOMAXPROCS=1 is the default because gomem runs every
# goroutine on one P; a `// gomem-env:` line may override it. Headers (any file of
# the program, any line):
#   // gomem-env: KEY=VALUE KEY=VALUE   environment (added to GOMAXPROCS=1)
#   // gomem-args: a b c               os.Args[1:], split on blanks
# The three runs must agree on stdout, stderr and exit status, except inside a
# traceback: stderr is kept up to and including the first line of the runtime's
# report (`panic: …`, `fatal error: …`, `runtime: …`) when a `goroutine N [` line
# follows it, because what comes after (addresses, goroutine ids) is not the
# program's. The fixture:
#   { name, stdout, stderr, stderrFirstLine, exitCode, env, args }
# where stderr is that kept part and stderrFirstLine its first line ("" if none).
# test/run/compare.ts applies the same cut to gomem's stderr.
#
# With arguments (program names, e.g. 117-mem-pool), only those programs'
# fixtures are rewritten; the others stay as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/run
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# keep_stderr FILE: prints the part of FILE a fixture keeps (see above).
keep_stderr() {
  if grep -q '^goroutine [0-9]* \[' "$1"; then
    awk '{ print } /^(panic: |fatal error: |runtime: )/ { exit }' "$1"
  else
    cat "$1"
  fi
}

# header KEY FILES…: the words after `// gomem-KEY:` in the program's files.
header() {
  local key=$1
  shift
  sed -n "s|^// gomem-$key:[[:space:]]*||p" "$@" | tr -s ' \t\n' '   ' | sed 's/^ //; s/ $//'
}

record() { # record NAME FILES…
  local name=$1
  shift
  local envs args
  envs=$(header env "$@")
  args=$(header args "$@")
  # shellcheck disable=SC2086
  if ! "$go" build -o "$tmp/$name" "$@" 2>"$tmp/build.err"; then
    echo "fixtures-run: $name does not build:" >&2
    cat "$tmp/build.err" >&2
    exit 1
  fi
  local i code
  for i in 1 2 3; do
    set +e
    # shellcheck disable=SC2086
    (cd "$tmp" && env -i GOMAXPROCS=1 $envs timeout 20 "./$name" $args >"$tmp/out$i" 2>"$tmp/err$i")
    code=$?
    set -e
    echo "$code" >"$tmp/code$i"
    keep_stderr "$tmp/err$i" >"$tmp/kept$i"
    if [ "$code" = 124 ]; then
      echo "fixtures-run: $name timed out" >&2
      exit 1
    fi
  done
  for i in 2 3; do
    if ! cmp -s "$tmp/out1" "$tmp/out$i" || ! cmp -s "$tmp/kept1" "$tmp/kept$i" || ! cmp -s "$tmp/code1" "$tmp/code$i"; then
      echo "fixtures-run: $name is not deterministic (run 1 vs run $i):" >&2
      diff "$tmp/out1" "$tmp/out$i" >&2 || true
      diff "$tmp/kept1" "$tmp/kept$i" >&2 || true
      exit 1
    fi
  done
  jq -n --arg name "$name" --rawfile stdout "$tmp/out1" --rawfile stderr "$tmp/kept1" \
    --argjson exitCode "$(cat "$tmp/code1")" --arg env "$envs" --arg args "$args" '{
      name: $name,
      stdout: $stdout,
      stderr: $stderr,
      stderrFirstLine: (($stderr | split("\n") | .[0]) // ""),
      exitCode: $exitCode,
      env: ({GOMAXPROCS: "1"} + ($env | split(" ") | map(select(. != "") | split("=") | {(.[0]): (.[1:] | join("="))}) | add // {})),
      args: ($args | split(" ") | map(select(. != "")))
    }' >"$out/$name.json"
  rm -f "$tmp/$name"
  n=$((n + 1))
}

n=0
if [ $# -gt 0 ]; then
  for name in "$@"; do
    p=test/run/programs/$name
    if [ -d "$p" ]; then
      record "$name" "$p"/*.go
    elif [ -f "$p.go" ]; then
      record "$name" "$p.go"
    else
      echo "fixtures-run: no program $name in test/run/programs" >&2
      exit 1
    fi
  done
  echo "fixtures-run: wrote $n fixtures to $out"
  exit 0
fi
rm -f "$out"/*.json
for p in test/run/programs/*; do
  base=$(basename "$p" .go)
  if [ -d "$p" ]; then
    record "$base" "$p"/*.go
  else
    record "$base" "$p"
  fi
done
for p in test/run/seeds/*.go; do
  record "seed-$(basename "$p" .go)" "$p"
done
echo "fixtures-run: wrote $n fixtures to $out"
