#!/usr/bin/env bash
# Runs the cargo-fuzz targets (`./build.sh fuzz`, which installs cargo-fuzz first), each for
# FUZZ_SECONDS (default 120), and copies what crashed into tests/regressions/, which
# tests/regressions.rs runs through analyze and compare. FUZZ_TARGETS picks the targets
# (default: analyze compare news).
#
#   analyze, compare  bytes as text (compare: articles split at 0xFF bytes), mutated with the
#                     words of fuzz/lede.dict, from a seed corpus built afresh here: the
#                     samples, the regressions and our own sentences (fuzz/seeds.txt, one
#                     seed per block between `%%` lines; compare also gets them in pairs)
#   news              bytes as choices for tests/common/news_text.rs, which builds articles
#                     of news-shaped pieces; a crash is copied as the articles it built
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${FUZZ_SECONDS:-120}
mkdir -p target # each target's whole log goes to target/fuzz-<target>.log

# fuzz/corpus/$1: the seeds (libFuzzer adds what it finds there, kept between runs).
seed_corpus() {
  local dir=fuzz/corpus/$1
  mkdir -p "$dir"
  [ "$1" = news ] && return # its input is choices, not text: it starts from nothing
  cp www/samples/*.txt "$dir/"
  for f in tests/regressions/*; do
    [ "${f##*.}" = md ] || cp "$f" "$dir/regression-$(basename "$f")"
  done
  csplit --quiet --suppress-matched --elide-empty-files --prefix="$dir/seed-" --digits=3 \
    fuzz/seeds.txt '/^%%$/' '{*}'
  if [ "$1" = compare ]; then
    local seeds=("$dir"/seed-*) samples=(www/samples/*.txt) i
    for ((i = 0; i + 1 < ${#seeds[@]}; i++)); do
      { cat "${seeds[i]}"; printf '\xff'; cat "${seeds[i + 1]}"; } > "$dir/pair-$i"
    done
    { cat "${samples[0]}"; printf '\xff'; cat "${samples[@]:1}"; } > "$dir/pair-samples"
  fi
}

# Copies the crashes of target $1 into tests/regressions/.
keep_crashes() {
  local crash name
  for crash in fuzz/artifacts/"$1"/crash-* fuzz/artifacts/"$1"/timeout-* fuzz/artifacts/"$1"/oom-*; do
    [ -e "$crash" ] || continue
    name=fuzz-$1-$(basename "$crash")
    if [ "$1" = news ]; then
      # The target writes the articles it built when LEDE_NEWS_TEXT names a folder.
      local texts; texts=$(mktemp -d)
      LEDE_NEWS_TEXT=$texts RUSTC_BOOTSTRAP=1 cargo fuzz run news "$crash" >/dev/null 2>&1 || true
      for t in "$texts"/*.txt; do
        if [ -s "$t" ]; then # an empty article adds nothing
          cp "$t" "tests/regressions/$name-$(basename "$t")"
        fi
      done
      rm -rf "$texts"
    else
      cp "$crash" "tests/regressions/$name"
    fi
    echo "fuzz.sh: $1 found $(basename "$crash"); copied to tests/regressions/$name*"
  done
}

for target in ${FUZZ_TARGETS:-analyze compare news}; do
  seed_corpus "$target"
  if [ "$target" = news ]; then
    # Choices, not text: 4 KB of them build up to four articles of 24 KB. Without
    # -len_control=0 libFuzzer grows inputs slowly from a few bytes (29 after 10 minutes).
    flags=(-max_len=4096 -len_control=0)
  else
    flags=(-max_len=65536 "-dict=$ROOT/fuzz/lede.dict")
  fi
  echo "==> fuzzing $target for $SECONDS_EACH s"
  # cargo-fuzz asks for nightly flags (sanitizers); RUSTC_BOOTSTRAP lets stable take them.
  RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "fuzz/corpus/$target" -- "${flags[@]}" \
    -max_total_time="$SECONDS_EACH" -print_final_stats=1 2>&1 |
    tee "target/fuzz-$target.log" |
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|==[0-9]+==|SUMMARY|Dictionary:)' || true
  keep_crashes "$target"
done
