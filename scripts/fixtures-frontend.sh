#!/usr/bin/env bash
# Runs real Go 1.19 on the programs under scripts/go/frontend/ and writes what
# it printed to test/fixtures/go1.19/frontend/, which the front end's tests
# compare against (tests never need Go installed):
#   escape/NAME.m.txt    go build -gcflags='-m -l' NAME.go (also rules/, one program per escape rule)
#   escape/NAME.mm.txt   go build -gcflags='-m -m -l' NAME.go (and rules/)
#   bad/NAME.txt         go build NAME.go on a malformed program, plus its exit status;
#                        for a directory bad/NAME/, go build of its .go files in name order
#   sizes.txt            go run sizes.go (unsafe.Sizeof/Alignof/Offsetof on amd64)
set -euo pipefail
cd "$(dirname "$0")/.."
GO=$(scripts/go119.sh)
src=scripts/go/frontend
out=test/fixtures/go1.19/frontend
mkdir -p "$out/escape" "$out/rules" "$out/bad"
export GOFLAGS=-mod=mod GO111MODULE=off GOARCH=amd64 GOOS=linux CGO_ENABLED=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for dir in escape rules; do
  for f in "$src/$dir"/*.go; do
    name=$(basename "$f" .go)
    cp "$f" "$work/"
    (cd "$work" && "$GO" build -o /dev/null -gcflags='-m -l' "$name.go") >"$out/$dir/$name.m.txt" 2>&1
    (cd "$work" && "$GO" build -o /dev/null -gcflags='-m -m -l' "$name.go") >"$out/$dir/$name.mm.txt" 2>&1
    rm "$work/$name.go"
  done
done

for f in "$src"/bad/*.go; do
  name=$(basename "$f" .go)
  cp "$f" "$work/"
  status=0
  (cd "$work" && "$GO" build -o /dev/null "$name.go") >"$out/bad/$name.txt" 2>&1 || status=$?
  echo "exit status $status" >>"$out/bad/$name.txt"
  rm "$work/$name.go"
done

for d in "$src"/bad/*/; do
  name=$(basename "$d")
  mkdir "$work/$name"
  cp "$d"*.go "$work/$name/"
  status=0
  (cd "$work/$name" && "$GO" build -o /dev/null $(ls *.go)) >"$out/bad/$name.txt" 2>&1 || status=$?
  echo "exit status $status" >>"$out/bad/$name.txt"
  rm -r "${work:?}/$name"
done

cp "$src/sizes/sizes.go" "$work/"
(cd "$work" && "$GO" run sizes.go) >"$out/sizes.txt"
echo "fixtures written to $out"
