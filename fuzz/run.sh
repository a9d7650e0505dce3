#!/usr/bin/env bash
# Run the fuzz targets for SECONDS each (default 60), one at a time, in one process each.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# With a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`): libFuzzer, coverage
# guided, with AddressSanitizer, debug assertions and overflow checks; new inputs go to
# fuzz/corpus/TARGET/, which is minimized (`cargo fuzz cmin`) after the run; a crash is saved
# under fuzz/artifacts/TARGET/. Without them: the stable smoke runner for SECONDS per target.
# Prints executions per target and exits 1 if a target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
case $secs in
  '' | *[!0-9]*) echo "usage: fuzz/run.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac

nightly=()
if rustc --version 2>/dev/null | grep -q nightly; then
  nightly=(cargo)
elif command -v rustup >/dev/null 2>&1 && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  nightly=(cargo +nightly)
fi
if [ ${#nightly[@]} -eq 0 ] || ! cargo fuzz --version >/dev/null 2>&1; then
  echo "run.sh: no nightly toolchain or no cargo-fuzz (cargo install cargo-fuzz);" \
    "running the stable smoke mode for ${secs} s per target" >&2
  exec cargo run --release --manifest-path fuzz/Cargo.toml --no-default-features --bin smoke \
    -- --seconds "$secs" "$@"
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  # The files of fuzz_targets/ (`cargo fuzz list` would list the smoke runner too).
  for f in fuzz/fuzz_targets/*.rs; do targets+=("$(basename "$f" .rs)"); done
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "run.sh: building the fuzz targets (${nightly[*]} fuzz build)" >&2
if ! "${nightly[@]}" fuzz build >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
failed=()
summary=()
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  before=$(find "fuzz/corpus/$t" -type f | wc -l)
  # -timeout: an input that takes 10 s is a finding (bounded time), as is 2 GB of memory.
  if "${nightly[@]}" fuzz run "$t" -- -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -dict=fuzz/dict.txt -print_final_stats=1 >"$log" 2>&1; then
    status=ok
  else
    status=CRASH
    failed+=("$t")
    grep -E '^(==[0-9]+==ERROR|thread .* panicked|SUMMARY|Failing input|artifact_prefix|Test unit written)' "$log" \
      | head -n 20 >&2 || true
    sed -n '/panicked at/,/^note:/p' "$log" | head -n 20 >&2 || true
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  # Minimized to the inputs that add an edge (hit counts ignored), to keep the corpus small.
  "${nightly[@]}" fuzz cmin "$t" -- -use_counters=0 >/dev/null 2>&1 || true
  after=$(find "fuzz/corpus/$t" -type f | wc -l)
  line=$(printf '%-13s %10s execs in %s s  corpus %s -> %s files  %s' \
    "$t" "${execs:-?}" "$secs" "$before" "$after" "$status")
  echo "$line"
  summary+=("$line")
done
echo
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run.sh: crashes in ${failed[*]}; inputs in fuzz/artifacts/; reproduce with" \
    "\`${nightly[*]} fuzz run TARGET fuzz/artifacts/TARGET/FILE\`" >&2
  exit 1
fi
