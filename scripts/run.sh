#!/usr/bin/env bash
# Builds the widget (release profile, wasm-opt) and serves the demo page on
# http://127.0.0.1:8080 . Installs what it needs on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_build_tools
log "building and serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --release
