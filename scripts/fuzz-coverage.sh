#!/usr/bin/env bash
# Coverage-guided fuzzing (docs/fuzzing.md): builds parley-fuzz-loader and parley-fuzz-charts with
# libFuzzer and AddressSanitizer in their own scratch path, and runs them one after the other for
# FUZZ_SECONDS in all (an equal share each), from a corpus outside git seeded from the samples,
# the invalid samples, Tests/Fuzz/seeds and Tests/Fuzz/regressions. Prints where crashes go and,
# at the end, each fuzzer's executions and coverage; exits 1 when any fuzzer found something.
#
#   FUZZ_SECONDS=3600   total time (default 600)
#   FUZZ_TARGETS=loader  which fuzzers (default "loader charts")
#   FUZZ_FLAGS=…         libFuzzer flags; by default fork mode that goes on past crashes, timeouts
#                        and OOMs, so a campaign collects every finding (FUZZ_FLAGS= stops at the first)
set -euo pipefail
cd "$(dirname "$0")/.."

swift=${SWIFT:-swift}
seconds=${FUZZ_SECONDS:-600}
read -r -a targets <<<"${FUZZ_TARGETS:-loader charts}"
read -r -a extra_flags <<<"${FUZZ_FLAGS--fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1}"
scratch=.build-fuzz
build_flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -DPARLEY_LIBFUZZER)

# The harness skips models over 16 KiB (ChartsFuzzer.maxInputBytes): libFuzzer makes none larger.
max_len=16384
# Per input: the loader answers in well under a second; the charts fuzzer lays out and writes up
# to twelve charts in four formats. Slower than this is a finding (libFuzzer saves it as timeout-…).
declare -A timeout=([loader]=10 [charts]=60)

for target in "${targets[@]}"; do
    [[ -n "${timeout[$target]:-}" ]] || { echo "fuzz-coverage: unknown fuzzer '$target' (loader, charts)" >&2; exit 2; }
    nice -n 10 "$swift" build "${build_flags[@]}" --product "parley-fuzz-$target"
done
bin=$("$swift" build "${build_flags[@]}" --show-bin-path)

run="$scratch/runs/$(date -u +%Y%m%dT%H%M%SZ)"
share=$((seconds / ${#targets[@]}))
((share > 0)) || share=1
found=0
summary=()
for target in "${targets[@]}"; do
    corpus="$scratch/corpus/$target"
    crashes="$run/$target"
    mkdir -p "$corpus" "$crashes"
    # Seeds join the corpus (kept between runs, so coverage accumulates); never overwrite what
    # libFuzzer has grown.
    for seed in Samples/*.yaml Samples/*.json Samples/invalid/* Tests/Fuzz/seeds/* Tests/Fuzz/regressions/*; do
        [[ -f "$seed" ]] && cp -n "$seed" "$corpus/seed-$(basename "$(dirname "$seed")")-$(basename "$seed")"
    done
    echo "fuzz-coverage: parley-fuzz-$target for ${share} s; corpus $corpus ($(ls "$corpus" | wc -l) inputs); crashes go to $crashes/"
    log="$run/$target.log"
    # Leak checking stays off: Swift's runtime metadata and fontconfig/Pango caches live for the
    # whole process and would read as leaks after the first input.
    set +e
    # Swift's own backtracer would catch the abort before libFuzzer and trip ASan reading memory.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" nice -n 10 "$bin/parley-fuzz-$target" \
        -max_total_time="$share" -max_len="$max_len" -timeout="${timeout[$target]}" -rss_limit_mb=2048 \
        -dict=Tests/Fuzz/parley.dict -artifact_prefix="$crashes/" -print_final_stats=1 -detect_leaks=0 \
        "${extra_flags[@]}" "$corpus" 2>&1 | tee "$log" | grep --line-buffered -E '^#[0-9]+.*(pulse|DONE)|^#[0-9]+: |CRASH|TIMEOUT|OOM|ERROR|SUMMARY|artifact|invariant|^  - '
    status=${PIPESTATUS[0]}
    set -e
    # Plain mode ends with a `#N DONE cov: … ft: …` line and stat:: lines; fork mode prints
    # `#N: cov: … ft: … oom/timeout/crash: a/b/c` lines.
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    # The status line counts every job's executions; fork mode's own stat:: line counts none.
    execs=$(grep -oE '^#[0-9]+' <<<"$last" | tr -d '#' || true)
    [[ -n "$execs" ]] || execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
    cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
    ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo "?")
    artifacts=$(find "$crashes" -type f | wc -l)
    ((artifacts > 0 || status != 0)) && found=1
    summary+=("parley-fuzz-$target: ${execs} executions, cov ${cov}, ft ${ft}, corpus $(ls "$corpus" | wc -l), exit ${status}, ${artifacts} finding(s) in $crashes/")
done

echo
echo "fuzz-coverage: run $run (logs: $run/<fuzzer>.log)"
printf '  %s\n' "${summary[@]}"
if ((found)); then
    echo "fuzz-coverage: a finding, or a fuzzer that exited non-zero (interrupted, or a build problem), above; replay one with: .build/debug/parley-fuzz-<fuzzer> FILE (after swift build), or $bin/parley-fuzz-<fuzzer> FILE"
    exit 1
fi
