#!/usr/bin/env bash
# Fail when a locked dependency (dev-dependencies included: `cargo test` builds them) declares a
# `rust_version` above Cargo.toml's `rust-version`, so that the declared minimum stays true. A
# dependency without one but on edition 2024 counts as needing 1.85.
# Needs cargo and jq. Prints the dependencies that set the minimum.
set -euo pipefail
cd "$(dirname "$0")/.."

msrv=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml)
if [ -z "$msrv" ]; then
  echo "msrv-check: Cargo.toml has no rust-version" >&2
  exit 1
fi
# 1.88 → 1.88.0, so that `sort -V` compares like with like.
full() { case "$1" in *.*.*) echo "$1" ;; *) echo "$1.0" ;; esac; }
want=$(full "$msrv")

status=0
highest=0.0.0
while read -r version name pkg; do
  v=$(full "$version")
  top=$(printf '%s\n%s\n' "$v" "$want" | sort -V | tail -n 1)
  if [ "$top" != "$want" ]; then
    echo "msrv-check: $name $pkg needs Rust $version, over rust-version $msrv in Cargo.toml" >&2
    status=1
  fi
  highest=$(printf '%s\n%s\n' "$v" "$highest" | sort -V | tail -n 1)
done < <(cargo metadata --format-version 1 --locked --quiet \
  | jq -r '.packages[] | select(.source != null)
           | (.rust_version // (if .edition == "2024" then "1.85" else empty end)) as $v
           | "\($v) \(.name) \(.version)"')

if [ "$status" -ne 0 ]; then
  echo "msrv-check: raise rust-version (and README's Requirements) or hold the dependency back" >&2
  exit 1
fi
echo "msrv-check: rust-version $msrv covers every locked dependency (the highest needs $highest)"
