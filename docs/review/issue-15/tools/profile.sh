#!/usr/bin/env bash
# Profiles the release wasm with twiggy (issue 15, docs/review/issue-15/wasm-profile.md).
#
#   docs/review/issue-15/tools/profile.sh OUT_DIR
#
# Builds the wasm as `trunk build --release` does (cargo release profile,
# wasm-bindgen --target web, wasm-opt -Oz --converge), and once more with
# wasm-opt -g so the name section stays; checks the two are the same code;
# writes twiggy's top, dominators and monos, the sums by crate, the owner of
# each component's render body and the data section's classification to OUT_DIR.
# Needs twiggy (`cargo install twiggy`) and Python 3. About three minutes
# after a release build, most of it the two wasm-opt runs.
set -euo pipefail
out=$(realpath -m "${1:?usage: profile.sh OUT_DIR}")
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../../.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown --lib
cp target/wasm32-unknown-unknown/release/knee_triage.wasm "$out/cargo.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$out/bg" --out-name knee-triage "$out/cargo.wasm"
wasm-opt -Oz "$out/bg/knee-triage_bg.wasm" --converge -o "$out/shipped.wasm"
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$out/bgk" --out-name knee-triage "$out/cargo.wasm"
wasm-opt -Oz --converge -g "$out/bgk/knee-triage_bg.wasm" -o "$out/named.wasm"
node "$here/sections.mjs" "$out/named.wasm" --strip-names "$out/named-stripped.wasm" > "$out/sections.txt"
cmp "$out/named-stripped.wasm" "$out/shipped.wasm" && echo "named build without its name section = the shipped build"
echo "shipped: $(stat -c %s "$out/shipped.wasm") bytes, gzip -9 $(gzip -9 < "$out/shipped.wasm" | wc -c)"
twiggy top -n 40 "$out/named.wasm" > "$out/top.txt"
twiggy top -f json "$out/named.wasm" > "$out/top.json"
twiggy dominators "$out/named.wasm" > "$out/dominators.txt"
twiggy monos -m 40 "$out/named.wasm" > "$out/monos.txt"
wasm-dis "$out/named.wasm" -o "$out/named.wat"
wasm-dis "$out/cargo.wasm" -o "$out/cargo.wat"
python3 "$here/views.py" "$out/top.json" "$out/cargo.wat" > "$out/viewmap.txt"
python3 "$here/crates.py" "$out/top.json" "$out/viewmap.txt" | tee "$out/crates.txt"
python3 "$here/data.py" "$out/named.wat" "$out/segs.json" 12 > "$out/segments.txt"
catalogs=$(ls -t target/wasm32-unknown-unknown/release/build/knee-triage-core-*/out/catalogs.rs | head -1)
python3 "$here/dataclass.py" "$out/segs.json" "$catalogs" | tee "$out/data.txt"
