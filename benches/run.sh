#!/usr/bin/env bash
# Measures every speed target on a 100,000-user organisation and prints each figure with its
# baseline, ratio and PASS/FAIL:  benches/run.sh [--users N] [--keys N] [--rows N] [--runs N]
# The organisation is built once into target/bench/ and reused.
# `cargo bench --bench console` runs the criterion benches (benches/console.rs) on a 10,000-user org.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v sqlite3 >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
cargo build --release --quiet
exec target/release/wxgo bench "$@"
