#!/usr/bin/env bash
# Runs every test: formatting, lints, the native engine tests, the release
# build, component tests in headless Chromium, end-to-end browser tests, and
# one walk through the checker in Chromium, Firefox ESR and WebKitGTK.
# Installs what it needs on a fresh machine and skips what is present.
#
#   ./scripts/test.sh         everything (the README's command, and CI's)
#   ./scripts/test.sh quick   the quick tier while working: generated files,
#                             fmt, clippy and the native tests, no browser
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

tier=${1:-full}
case "$tier" in
  full | quick) ;;
  *) echo "usage: scripts/test.sh [quick]" >&2; exit 2 ;;
esac

ensure_rust_tools
if [ "$tier" = full ]; then
  ensure_build_tools
  ensure_chromium
  ensure_engines
  ensure_pdf_renderer
  ensure_fhir_validator
  ensure_lforms
fi

log "the core crate has no web dependency (cargo tree)"
web=$(cargo tree -p knee-triage-core -e normal,build --prefix none | grep -E '^(yew|web-sys|js-sys|wasm-bindgen|gloo)' || true)
if [ -n "$web" ]; then
  echo "knee-triage-core depends on web crates: $web" >&2
  exit 1
fi
cargo tree -p knee-triage-core -e normal,build --depth 1

log "the shipped wasm has no text compiled in (cargo tree: no bundled-text for wasm32 without dev-dependencies)"
# The texts are language files fetched at run time (issue 15); only the
# component tests (a wasm32 dev-dependency) and native builds compile them in.
if cargo tree -p knee-triage --target wasm32-unknown-unknown -e normal,build,features --prefix none | grep -q 'bundled-text'; then
  echo "the wasm32 build of knee-triage enables knee-triage-core's bundled-text feature" >&2
  exit 1
fi

log "generated files are current (cargo run -p knee-triage-codegen -- --check)"
cargo run -q -p knee-triage-codegen -- --check

log "cargo fmt --check"
cargo fmt --check
log "cargo clippy (native and wasm32) -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --tests -- -D warnings

log "native tests: engine, knowledge, vignettes, properties, coherence over 100,000 answer sets, fuzzing"
# --show-output prints the counts the property and case tests report.
cargo test --workspace -- --show-output

if [ "$tier" = quick ]; then
  log "quick tier passed (the full run adds FHIR validation, the release build and the browsers)"
  exit 0
fi

log "FHIR exports validated by an independent library (fhir.resources)"
.venv/bin/python tests/fhir/validate.py

log "the Questionnaire computes the engine's level: npm fhirpath, then LHC-Forms in headless Chromium (tests/fhir/)"
# Each prints how many of the vignettes and 1,000 random answer sets agree.
node --test tests/fhir/

log "release build (trunk, wasm-opt)"
trunk build --release

log "component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser

log "the minimal Yew app the size budget is measured against"
bench/build-minimal.sh

log "end-to-end tests against the release build (playwright-core, Debian Chromium), and the size budget"
node --test tests/e2e/ tests/size/

log "the same person in three engines: Chromium, Firefox ESR, WebKitGTK (tests/engines/)"
# Prints the passed cases per engine; fails if any engine fails.
node tests/engines/run.mjs
