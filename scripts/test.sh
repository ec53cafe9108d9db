#!/usr/bin/env bash
# Runs every test: formatting, lints, the native engine tests.
# Installs what it needs on a fresh machine and skips what is present.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_rust_tools

log "cargo fmt --check"
cargo fmt --check
log "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings
log "cargo test (engine, knowledge, vignettes, properties, fuzzing)"
cargo test
