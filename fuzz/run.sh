#!/usr/bin/env bash
# Runs every fuzz target for a set time (default 60 s each) and copies what crashes into
# fuzz/regressions/<target>/, which `cargo test --test it safety::fuzz_regressions` replays.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# cargo fuzz needs nightly flags; the stable toolchain accepts them with RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
status=0
for t in "${targets[@]}"; do
  echo "== $t for ${seconds}s"
  mkdir -p "fuzz/corpus/$t" "fuzz/regressions/$t"
  if ! cargo fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048; then
    status=1
  fi
  for crash in fuzz/artifacts/"$t"/crash-* fuzz/artifacts/"$t"/oom-* fuzz/artifacts/"$t"/timeout-*; do
    [ -e "$crash" ] && cp "$crash" "fuzz/regressions/$t/" && echo "kept $crash as a regression input"
  done
done
exit $status
