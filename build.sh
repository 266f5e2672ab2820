#!/usr/bin/env bash
# Lede's one build script.
#
#   ./build.sh build   install what is missing, build pkg/ (the npm package) and www/engine/
#   ./build.sh serve   build, then serve www/ on http://127.0.0.1:8080 (PORT=... to change)
#   ./build.sh test    build, then run every test: Rust (native), wasm-bindgen (Node and
#                      Chromium), the page end to end in Chromium, the npm consumer projects
#   ./build.sh bench   build, then run the native and Node benchmarks and count instructions
#                      per analyze with callgrind (installs Debian's valgrind)
#   ./build.sh fuzz    run the cargo-fuzz targets analyze, compare (with fuzz/lede.dict and a seed
#                      corpus) and news (news-shaped text), FUZZ_SECONDS (default 120) each
#                      (scripts/fuzz.sh); crashes are copied to tests/regressions/
#   ./build.sh soak    build, then drive pkg/ with news-shaped text for SOAK_SECONDS (default 60)
#                      (scripts/soak.mjs); failures are minimised into tests/regressions/
#   ./build.sh eval    build, then run every public function over PolNeAR's train and dev articles
#                      (bench/real-text.mjs) and score quotes and speakers on them
#                      (bench/quotes-eval.mjs); skipped with a message when no converted copy exists
#   ./build.sh lint    cargo fmt --check, and cargo clippy -D warnings natively and for wasm32,
#                      each with and without default features (adds rustup's clippy, rustfmt)
#   ./build.sh screenshots  build, then write docs/screenshots/*.png from the page's sample
#                      tests in Chromium (`test` leaves those tracked files alone)
#
# Every install is idempotent and comes from a registry: rustup (wasm32 target),
# crates.io (wasm-bindgen-cli at Cargo.lock's version), npm (package-lock.json),
# Debian (chromium, chromium-driver for `test`; valgrind for `bench`).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
START=$SECONDS

step() { echo "==> [$((SECONDS - START))s] $*"; }
die() { echo "build.sh: error: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "'$1' is not on PATH: $2"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  step "installing Debian packages: $*"
  as_root apt-get update -q
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "$@"
}

ensure_rust() {
  need cargo "install Rust with rustup (https://rustup.rs is not reachable here: use your distribution's rustup package)"
  need rustup "install Rust with rustup"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  WB=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print }' Cargo.lock)
  [ -n "$WB" ] || die "Cargo.lock has no wasm-bindgen entry"
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB" ] ||
     [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$WB" ]; then
    step "installing wasm-bindgen-cli $WB from crates.io (compiles for a few minutes)"
    local log; log=$(mktemp)
    if ! cargo install wasm-bindgen-cli --version "$WB" --locked 2>&1 | tee "$log"; then
      # Its own lockfile can pin a crate version the registry no longer serves; resolve afresh then.
      grep -qE 'failed to select a version|could not find .* in registry' "$log" ||
        die "cargo install wasm-bindgen-cli $WB failed"
      cargo install wasm-bindgen-cli --version "$WB" --force
    fi
    rm -f "$log"
  fi
}

ensure_npm() {
  need node "install Node.js 20 or later"
  need npm "install npm"
  # npm ci only when package-lock.json changed since the last install.
  if ! cmp -s package-lock.json node_modules/.lede-lock 2>/dev/null; then
    step "npm ci (binaryen for wasm-opt, playwright-core, typescript)"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.lede-lock
  fi
  local v; v=$(wasm-opt --version | awk '{print $3}')
  [ "${v:-0}" -ge 116 ] 2>/dev/null || die "wasm-opt on PATH is binaryen '$v'; npm's binaryen should come first (Debian's 108 corrupts wasm-bindgen output)"
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver
  fi
}

# One engine: cargo build (wasm32, release) in target dir $3 with cargo flags $4, then
# wasm-bindgen and wasm-opt into pkg/$1.js and pkg/$1_bg.wasm. $2 names it in the log.
engine() {
  local name=$1 label=$2 dir=$3 flags=$4
  step "cargo build: $label (wasm32, release)"
  # shellcheck disable=SC2086  # $flags is a list of cargo flags
  cargo build --quiet --lib --release --target wasm32-unknown-unknown --target-dir "$dir" $flags
  step "wasm-bindgen --target web, wasm-opt -O3: $label"
  rm -rf "target/bindgen-$name"
  # --experimental-reset-state-function: the glue exports __wbg_reset_state(), a fresh
  # instance of the module it already compiled; js/engine.js calls it after a trap.
  wasm-bindgen --target web --experimental-reset-state-function \
    --out-dir "target/bindgen-$name" --out-name "$name" "$dir/wasm32-unknown-unknown/release/lede.wasm"
  # -ocimfs 100: wasm-opt inlines every function with one caller by default, which
  # merged the whole analysis into one 76 KB function; V8 compiles such a function
  # worse (analyze runs about 9% more instructions) and the module is 2 KB larger gzipped.
  # The producers and target-features sections are metadata for tools, not for engines.
  wasm-opt -O3 -ocimfs 100 --strip-debug --strip-producers --strip-target-features \
    "target/bindgen-$name/${name}_bg.wasm" -o "pkg/${name}_bg.wasm"
  # The engine imports js/decode.js (it reads results into objects); wasm-bindgen copies
  # it under snippets/lede-<hash>/. The package keeps it beside the glue instead: the
  # import statements change, the names the .wasm imports by stay.
  sed -E "/^import /s#(['\"])\./snippets/lede-[0-9a-f]+/js/decode\.js(['\"])#\1./decode.js\2#g" \
    "target/bindgen-$name/$name.js" > "pkg/$name.js"
  grep -q "^import .*/decode.js" "pkg/$name.js" && ! grep -q "^import .*snippets/" "pkg/$name.js" ||
    die "wasm-bindgen's $name.js does not import js/decode.js as build.sh expects"
  grep -q "^export function __wbg_reset_state" "pkg/$name.js" ||
    die "wasm-bindgen's $name.js has no __wbg_reset_state, which js/engine.js restarts the engine with"
  local raw gz; raw=$(stat -c %s "pkg/${name}_bg.wasm"); gz=$(gzip -9 -c "pkg/${name}_bg.wasm" | wc -c)
  step "${name}_bg.wasm ($label) is $raw bytes, $gz gzipped"
}

build() {
  ensure_rust
  ensure_npm
  rm -rf pkg && mkdir -p pkg
  # Two engines from one crate: `lede` without compare (its own target dir, so that
  # neither build invalidates the other) and `lede/full` with it.
  engine lede "lede, without compare" target/core "--no-default-features --features console_error_panic_hook"
  engine lede_full "lede/full" target ""
  cp js/index.js js/full.js js/engine.js js/node.js js/node-full.js js/worker.js js/worker-entry.js js/decode.js \
    js/index.d.ts js/full.d.ts js/node.d.ts js/node-full.d.ts js/types.d.ts js/worker.d.ts pkg/
  cp js/README.md pkg/README.md
  cp LICENSE pkg/LICENSE
  local version; version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
  sed "s/\"version\": \"0.0.0\"/\"version\": \"$version\"/" js/package.json > pkg/package.json
  # The page compares articles, so it runs the full engine.
  rm -rf www/engine && mkdir -p www/engine
  cp pkg/lede_full.js pkg/decode.js pkg/lede_full_bg.wasm pkg/full.js pkg/engine.js www/engine/
  step "built pkg/ and www/engine/"
}

run_tests() {
  ensure_chromium
  step "cargo test (native)"
  cargo test --quiet
  step "wasm-bindgen tests in Node"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test wasm
  step "wasm-bindgen tests in headless Chromium"
  WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/tests/webdriver.json" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown --test wasm
  step "limits and bad input through the built package in Node"
  node --test tests/node/
  step "the npm package, installed into consumer projects"
  node --test tests/consumer/
  step "the page end to end in headless Chromium"
  node --test --test-concurrency=1 tests/e2e/
  step "all tests passed"
}

ensure_lint_tools() {
  local c
  for c in clippy rustfmt; do
    if ! rustup component list --installed | grep -q "^$c-"; then
      step "adding rustup's $c component"
      rustup component add "$c"
    fi
  done
}

# Formatting, then clippy on each way the crate is compiled: natively (with its tests,
# benches and examples) and for wasm32, each with and without default features.
lint() {
  ensure_rust
  ensure_lint_tools
  step "cargo fmt --check"
  cargo fmt --all --check
  local target features
  for target in "" "--target wasm32-unknown-unknown"; do
    for features in "" "--no-default-features"; do
      step "cargo clippy -D warnings: ${target:-native}, ${features:-default features}"
      # shellcheck disable=SC2086  # each is one cargo flag or none
      cargo clippy --quiet --all-targets $target $features -- -D warnings
    done
  done
}

case "${1:-}" in
  build) build ;;
  serve)
    build
    step "serving www/"
    exec node scripts/serve.mjs www "${PORT:-8080}"
    ;;
  test)
    build
    run_tests
    ;;
  lint) lint ;;
  screenshots)
    build
    ensure_chromium
    step "screenshots of every view into docs/screenshots/"
    LEDE_SCREENSHOTS=1 node --test --test-concurrency=1 tests/e2e/samples.test.mjs \
      tests/e2e/terms.test.mjs tests/e2e/corrections.test.mjs
    ;;
  bench)
    build
    step "native benchmarks"
    cargo bench --quiet
    step "the yardstick: a plain scan-and-count loop in WebAssembly (bench/reference)"
    cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path bench/reference/Cargo.toml
    step "Node benchmarks"
    for b in bench/*.bench.mjs; do node "$b"; done
    command -v valgrind >/dev/null 2>&1 || apt_install valgrind
    step "instructions per analyze (callgrind)"
    bash bench/instructions.sh
    ;;
  eval)
    build
    step "every public function over real news, no trap, spans in bounds (PolNeAR train and dev)"
    node bench/real-text.mjs
    step "quotes and speakers on real news (PolNeAR train and dev)"
    node bench/quotes-eval.mjs
    ;;
  soak)
    build
    step "soaking pkg/ in news-shaped text for ${SOAK_SECONDS:-60} s"
    node scripts/soak.mjs
    ;;
  fuzz)
    ensure_rust
    if ! cargo fuzz --version >/dev/null 2>&1; then
      step "installing cargo-fuzz from crates.io"
      cargo install cargo-fuzz --locked
    fi
    bash scripts/fuzz.sh
    ;;
  *)
    sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
