//! The guidance shown without WebAssembly matches the catalogs it comes from.

use knee_triage::shell::fallback::loader_block;

#[test]
fn the_loader_carries_the_current_fallback_text() {
    let loader = include_str!("../src/shell/knee-triage.js");
    assert!(
        loader.contains(&loader_block()),
        "src/shell/knee-triage.js is out of date: run `cargo run --example fallback_text`"
    );
}

#[test]
fn the_fallback_names_every_emergency_and_doctor_sign() {
    let text = knee_triage::shell::fallback::fallback_text().to_string();
    for needle in ["{emergency_number}", "weak", "balance", "swallow"] {
        assert!(text.contains(needle), "fallback lacks {needle}");
    }
}
