#!/bin/bash
# Runs each fuzz target in turn (never in parallel: the fuzzers are
# single-threaded and a build machine has few cores) for FUZZ_SECONDS
# seconds each, starting from the committed seeds. Logs go to
# fuzz/logs/<target>.log, crashing inputs to fuzz/artifacts/<target>/.
# cargo-fuzz needs nightly flags (-Zsanitizer); RUSTC_BOOTSTRAP=1 lets the
# stable toolchain accept them, and stable ships the ASan runtime.
set -u
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-600}
status=0
mkdir -p fuzz/logs
for target in ${FUZZ_TARGETS:-xlsx xlsx_parts csv graphml gexf json matrix}; do
    mkdir -p "fuzz/corpus/$target"
    echo "== $target: ${seconds}s"
    if ! RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 >"fuzz/logs/$target.log" 2>&1; then
        echo "!! $target failed, see fuzz/logs/$target.log"
        status=1
    fi
    grep -E "^(Done|#[0-9]+ +DONE)" "fuzz/logs/$target.log" | tail -1
done
exit $status
