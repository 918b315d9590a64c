#!/usr/bin/env bash
# Records what real Go 1.19 prints on stderr for the traceback programs
# test/run/tracebacks/NAME.go, into test/fixtures/go1.19/traceback/NAME.stderr,
# for test/run/traceback.test.ts (which never needs Go).
#
# Each program is copied into a fresh temporary directory and run as
#   env -i GOMAXPROCS=1 HOME=… go run $DIR/NAME.go
# so that its tracebacks name the file by an absolute path; the fixture has that
# directory replaced by the placeholder $DIR, and go run's own last line
# (`exit status 2`) removed. Nothing else is changed: the test normalises what
# gomem cannot print (see there).
set -euo pipefail
cd "$(dirname "$0")/.."

go=$(scripts/go119.sh)
out=test/fixtures/go1.19/traceback
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

for src in test/run/tracebacks/*.go; do
  name=$(basename "$src" .go)
  dir="$tmp/$name"
  mkdir -p "$dir" "$tmp/cache"
  cp "$src" "$dir/"
  status=0
  env -i GOMAXPROCS=1 HOME="$tmp" GOCACHE="$tmp/cache" PATH="$(dirname "$go"):/usr/bin:/bin" \
    "$go" run "$dir/$name.go" >/dev/null 2>"$tmp/stderr" || status=$?
  if [ "$status" -ne 1 ]; then
    echo "fixtures-tracebacks: $name: go run exited $status, want 1 (the program's status 2)" >&2
    cat "$tmp/stderr" >&2
    exit 1
  fi
  # go run's own report of the program's status is not the program's output.
  sed '${/^exit status 2$/d}' "$tmp/stderr" | sed "s|$dir|\$DIR|g" >"$out/$name.stderr"
  echo "$out/$name.stderr"
done
