#!/usr/bin/env bash
# Builds bench/minimal-yew the way the widget is built (release profile,
# wasm-bindgen --target web, wasm-opt -Oz --converge, as index.html asks Trunk for) into bench/minimal-yew/dist.
set -euo pipefail
cd "$(dirname "$0")/minimal-yew"
export PATH="$PWD/../../node_modules/.bin:$PATH"
CARGO_TARGET_DIR=../../target/minimal-yew cargo build --quiet --release --target wasm32-unknown-unknown
rm -rf dist && mkdir -p dist
wasm-bindgen --target web --no-typescript --out-dir dist --out-name minimal \
  ../../target/minimal-yew/wasm32-unknown-unknown/release/minimal_yew.wasm
wasm-opt -Oz --converge dist/minimal_bg.wasm -o dist/minimal_bg.wasm
cat > dist/index.html <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Minimal Yew</title><link rel="icon" href="data:,">
<script type="module">import init from './minimal.js'; init({ module_or_path: new URL('minimal_bg.wasm', import.meta.url) });</script>
</head><body></body></html>
HTML
