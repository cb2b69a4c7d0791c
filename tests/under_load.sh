#!/usr/bin/env bash
# Runs the tmux end-to-end tests ROUNDS times (default 5) while BUSY shell loops (default 4)
# keep every core busy, and says how each round went: the end-to-end tests wait for the
# screen, never for a fixed time, so they must pass on a loaded machine (issue 13.10).
#   tests/under_load.sh [ROUNDS] [BUSY]
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
busy=${2:-4}
cargo test --test it --no-run -q 2>/dev/null || cargo test --test it --no-run
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; }
trap stop EXIT
for _ in $(seq 1 "$busy"); do (while :; do :; done) & pids+=($!); done
failed=0
for r in $(seq 1 "$rounds"); do
    start=$(date +%s)
    if out=$(cargo test -q --test it e2e::tmux:: 2>&1); then
        echo "round $r: passed ($(( $(date +%s) - start )) s)"
    else
        failed=$((failed + 1))
        echo "round $r: FAILED"
        echo "$out" | grep -E "^test .* FAILED|panicked at" -A2
    fi
done
echo "$((rounds - failed)) of $rounds rounds passed with $busy busy loops on $(nproc) cores"
[ "$failed" -eq 0 ]
