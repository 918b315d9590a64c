#!/usr/bin/env bash
# Prints the path of a Go 1.19 `go` command, or explains how to get one and fails.
# Fixture scripts use it; tests never need Go.
set -euo pipefail
for g in "${GO119:-}" /usr/lib/go-1.19/bin/go "$(command -v go 2>/dev/null || true)"; do
  if [ -n "$g" ] && [ -x "$g" ] && "$g" version 2>/dev/null | grep -q 'go1\.19'; then
    echo "$g"
    exit 0
  fi
done
echo "Go 1.19 not found: apt-get update && apt-get install -y golang-1.19-go golang-1.19-src (or set GO119)" >&2
exit 1
