#!/usr/bin/env bash
# Measures every speed target on a 100,000-user organisation and prints each figure with its
# baseline, ratio and PASS/FAIL:  benches/run.sh [--users N] [--keys N] [--rows N] [--runs N]
# The organisation is built once into target/bench/ and reused.
# Then the console as the admin feels it, through a pseudo-terminal (benches/pty.rs): the demo,
# 100k and 1M users; `--quick` leaves out 1M, `--no-pty` leaves the pty bench out.
# `cargo bench --bench console` runs the criterion benches (benches/console.rs) on a 10,000-user org.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v sqlite3 >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
bench_args=()
pty_args=()
pty=1
for a in "$@"; do
  case "$a" in
    --quick) pty_args+=(--quick) ;;
    --no-pty) pty=0 ;;
    *) bench_args+=("$a") ;;
  esac
done
cargo build --release --quiet
# `cargo bench` builds wxgo again in the bench profile into the same folder: the pty bench
# measures this copy of the release build.
mkdir -p target/bench
cp target/release/wxgo target/bench/wxgo-release
status=0
target/bench/wxgo-release bench ${bench_args[@]+"${bench_args[@]}"} || status=$?
if [ "$pty" = 1 ]; then
  cargo bench --quiet --bench pty -- --bin target/bench/wxgo-release ${pty_args[@]+"${pty_args[@]}"} || status=$?
fi
exit "$status"
