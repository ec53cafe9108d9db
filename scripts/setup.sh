# Shared install steps for scripts/run.sh and scripts/test.sh.
# Each step checks first and installs only what is missing, so a second run
# costs seconds. Sourced, not run.

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Tools installed with npm (wasm-opt from binaryen) come first on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

ensure_rust_tools() {
  local installed
  installed=$(rustup component list --installed 2>/dev/null)
  grep -q '^rustfmt' <<<"$installed" || rustup component add rustfmt
  grep -q '^clippy' <<<"$installed" || rustup component add clippy
  rustup target list --installed | grep -q '^wasm32-unknown-unknown$' \
    || rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
    log "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen() {
  # Must equal the wasm-bindgen crate pinned in Cargo.toml. Installed without
  # --locked: its lock file names a crate version the registry lacks.
  if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

ensure_npm_packages() {
  # npm ci only when the lock file changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages from package-lock.json (wasm-opt, terser, playwright-core, puppeteer-core, selenium-webdriver, axe-core)"
    npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    log "installing Debian chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y chromium chromium-driver
  fi
}

ensure_engines() {
  # The other two engines of tests/engines/ (issue 16), from Debian as
  # Chromium is: Firefox ESR (driven by puppeteer-core over WebDriver BiDi)
  # and WebKitGTK's MiniBrowser with WebKitWebDriver (driven by
  # selenium-webdriver), drawn on Xvfb since MiniBrowser has no headless
  # mode. Never a browser download.
  local missing=()
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || missing+=(libwebkit2gtk-4.1-0)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

ensure_pdf_renderer() {
  # poppler's pdftoppm turns the printed summary (a PDF from Chromium) into
  # page images, so the print test sees what a doctor is handed.
  if ! command -v pdftoppm >/dev/null; then
    log "installing Debian poppler-utils (pdftoppm)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends poppler-utils
  fi
}

ensure_fhir_validator() {
  # The independent FHIR R4 validator (PyPI fhir.resources 6.5.0, which needs pydantic 1).
  if ! .venv/bin/python -c 'import fhir.resources.questionnaireresponse' 2>/dev/null; then
    log "installing the FHIR validator (fhir.resources 6.5.0) into .venv"
    python3 -m venv .venv
    .venv/bin/pip install --quiet "fhir.resources==6.5.0" "pydantic[email]<2"
  fi
}

LFORMS_VERSION=40.1.3
# The registry's own sha512 of lforms-40.1.3.tgz (npm view lforms@40.1.3 dist.integrity).
LFORMS_INTEGRITY='sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ=='

ensure_lforms() {
  # LHC-Forms (the NLM's FHIR form renderer) for tests/fhir/lforms.test.mjs:
  # only its prebuilt files, unpacked from the registry's tarball rather than
  # npm-installed, which would pull in Angular's build dependencies. The
  # tarball is checked against its published sha512 before it is unpacked.
  local dir=target/lforms
  if [ ! -f "$dir/package/dist/lforms/webcomponent/main.js" ] || [ "$(cat "$dir/version" 2>/dev/null)" != "$LFORMS_VERSION" ]; then
    log "fetching lforms $LFORMS_VERSION (prebuilt files) into $dir"
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "lforms@$LFORMS_VERSION" >/dev/null)
    local got
    got=$(node -e 'const c = require("crypto"), f = require("fs"); console.log("sha512-" + c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$dir/lforms-$LFORMS_VERSION.tgz")
    if [ "$got" != "$LFORMS_INTEGRITY" ]; then
      echo "lforms-$LFORMS_VERSION.tgz: sha512 $got, expected $LFORMS_INTEGRITY" >&2
      return 1
    fi
    tar -xzf "$dir/lforms-$LFORMS_VERSION.tgz" -C "$dir"
    echo "$LFORMS_VERSION" >"$dir/version"
  fi
}

ensure_build_tools() {
  ensure_rust_tools
  ensure_trunk
  ensure_wasm_bindgen
  ensure_npm_packages
}
