#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of fuzz/ (docs/fuzzing.md).
#
#   tools/fuzz.sh build                       configure and build the fuzz build (clang, ASan+UBSan)
#   tools/fuzz.sh list                        the targets
#   tools/fuzz.sh run TARGET|all SECONDS [LIBFUZZER_FLAG...]
#                                             fuzz a target (or each in turn) for SECONDS, its corpus
#                                             kept in $NETRA_FUZZ_CORPUS/TARGET across runs
#   tools/fuzz.sh merge TARGET                shrink that corpus to the inputs that add coverage
#   tools/fuzz.sh repro TARGET FILE...        run inputs once (a crash found earlier)
#
# Environment: NETRA_FUZZ_BUILD, the build folder (default: build-san in the
# source tree); NETRA_FUZZ_CORPUS, where corpora are kept (default:
# $NETRA_FUZZ_BUILD/corpus). Crashes go to $NETRA_FUZZ_BUILD/fuzz/crashes/,
# named TARGET-crash-<sha1> (or leak-, timeout-, oom-); -jobs logs to
# $NETRA_FUZZ_BUILD/fuzz/logs/. Exit status: libFuzzer's (0: nothing found).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build=${NETRA_FUZZ_BUILD:-$source_dir/build-san}
corpora=${NETRA_FUZZ_CORPUS:-$build/corpus}
targets_file=$build/fuzz/targets.tsv

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 1
}

build() {
  CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$source_dir" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DNETRA_WERROR=ON -DNETRA_BUILD_FUZZERS=ON -DNETRA_BUILD_TESTS=ON -DNETRA_BUILD_BENCHMARKS=OFF
  cmake --build "$build" -j "${NETRA_FUZZ_JOBS:-2}" --target netra_fuzzers
}

# The line of targets.tsv for a target: name, fuzzer, dictionary, seed folders.
target_line() {
  [[ -f $targets_file ]] || { echo "fuzz.sh: $targets_file is missing: run tools/fuzz.sh build" >&2; exit 1; }
  local line
  line=$(awk -F'\t' -v name="$1" '$1 == name' "$targets_file")
  [[ -n $line ]] || { echo "fuzz.sh: no target '$1' (tools/fuzz.sh list)" >&2; exit 1; }
  printf '%s\n' "$line"
}

run_one() {
  local name=$1 seconds=$2
  shift 2
  local fuzzer dict seeds
  IFS=$'\t' read -r _ fuzzer dict seeds < <(target_line "$name")
  local corpus=$corpora/$name crashes=$build/fuzz/crashes logs=$build/fuzz/logs
  mkdir -p "$corpus" "$crashes" "$logs"
  local flags=(-max_total_time="$seconds" -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/$name-")
  [[ -n $dict ]] && flags+=(-dict="$dict")
  echo "fuzz.sh: $name for ${seconds}s, corpus $corpus" >&2
  # -jobs writes fuzz-N.log into the working folder.
  # shellcheck disable=SC2086  # seeds: a space-separated list of folders
  (cd "$logs" && "$fuzzer" "${flags[@]}" "$@" "$corpus" $seeds)
}

case ${1:-} in
  build) build ;;
  list)
    [[ -f $targets_file ]] || { echo "fuzz.sh: $targets_file is missing: run tools/fuzz.sh build" >&2; exit 1; }
    cut -f1 "$targets_file"
    ;;
  run)
    [[ $# -ge 3 ]] || usage
    name=$2 seconds=$3
    shift 3
    if [[ $name == all ]]; then
      [[ -f $targets_file ]] || { echo "fuzz.sh: $targets_file is missing: run tools/fuzz.sh build" >&2; exit 1; }
      status=0
      mapfile -t names < <(cut -f1 "$targets_file")
      for t in "${names[@]}"; do run_one "$t" "$seconds" "$@" || status=$?; done
      exit $status
    else
      run_one "$name" "$seconds" "$@"
    fi
    ;;
  merge)
    [[ $# -eq 2 ]] || usage
    IFS=$'\t' read -r _ fuzzer _ _ < <(target_line "$2")
    corpus=$corpora/$2
    [[ -d $corpus ]] || { echo "fuzz.sh: no corpus at $corpus" >&2; exit 1; }
    rm -rf "$corpus.merged" && mkdir -p "$corpus.merged"
    "$fuzzer" -merge=1 "$corpus.merged" "$corpus"
    rm -rf "$corpus" && mv "$corpus.merged" "$corpus"
    ;;
  repro)
    [[ $# -ge 3 ]] || usage
    IFS=$'\t' read -r _ fuzzer _ _ < <(target_line "$2")
    shift 2
    "$fuzzer" "$@"
    ;;
  *) usage ;;
esac
