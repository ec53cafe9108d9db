# Shared install steps for scripts/run.sh and scripts/test.sh.
# Each step checks first and installs only what is missing, so a second run
# costs seconds. Sourced, not run.

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_rust_tools() {
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
}
