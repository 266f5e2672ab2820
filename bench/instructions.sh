#!/usr/bin/env bash
# Instructions per `analyze` of 1 MB of news-shaped text, counted by callgrind: natively
# (examples/analyze.rs) and in Node (pkg/, built by ./build.sh build). Unlike timings on a
# shared machine, the counts repeat to within a fraction of a percent, so they show what a
# change does. In Node, V8 compiles everything up front and on one thread (--no-liftoff
# --single-threaded); the count per call is the difference between three calls and one,
# halved, which leaves out start-up and compilation.
#
#   bash bench/instructions.sh [FILE]     (needs valgrind; ./build.sh bench installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench/instructions.sh: valgrind is not installed" >&2; exit 1; }
[ -f pkg/node.js ] || { echo "bench/instructions.sh: build pkg/ first (./build.sh build)" >&2; exit 1; }
FILE=${1:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -z "$FILE" ]; then
  FILE=$tmp/corpus.txt
  node --input-type=module -e "import { corpus } from './bench/corpus.mjs'; import { writeFileSync } from 'node:fs'; writeFileSync('$FILE', corpus(1_000_000));"
fi
count() { valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$@" 2>&1 >/dev/null | awk '/Collected :/ { print $4 }'; }
cargo build --quiet --release --example analyze
native=$(count target/release/examples/analyze "$FILE")
cat > "$tmp/calls.mjs" <<JS
import { analyze } from "$PWD/pkg/node.js";
import { readFileSync } from "node:fs";
const text = readFileSync(process.argv[2], "utf8");
for (let i = 0; i < +process.argv[3]; i++) analyze(text);
JS
one=$(count node --no-liftoff --single-threaded "$tmp/calls.mjs" "$FILE" 1)
three=$(count node --no-liftoff --single-threaded "$tmp/calls.mjs" "$FILE" 3)
mb=$(stat -c %s "$FILE" | awk '{ printf "%.2f", $1 / 1e6 }')
echo "analyze of $mb MB: $(( native / 1000000 )) M instructions natively (whole process), $(( (three - one) / 2000000 )) M per call in Node (WebAssembly)"
