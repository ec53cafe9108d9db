//! The static guidance the element shows before, or instead of, the wasm.
//!
//! It is written as JSON into an ES module of the loader,
//! `src/shell/loader/fallback_text.generated.js` (the loader cannot read the
//! catalogs, which live in the wasm), generated from the same catalogs and
//! rules as the checker, so both always say the same thing. `codegen
//! --check` fails when that file is out of date. The build of the pages
//! imports the same module for the guidance it writes into them.
//!
//! It also carries the start page's text, so the loader can show the start
//! page the moment the script runs and keep a click on "Start now" until the
//! checker is ready (see `START_KEYS`).

use knee_triage_core::formats::json::{Map, Value};
use knee_triage_core::json;
use knee_triage_core::knowledge::catalog::{text, Lang};
use knee_triage_core::knowledge::{keys, Level, RULES};

/// The texts of every language (the emergency numbers come in their own
/// generated block, `emergency_js`).
pub fn fallback_text() -> Value {
    let mut all = Map::new();
    for lang in Lang::all() {
        all.insert(lang.tag().into(), for_language(lang));
    }
    Value::Object(all)
}

fn for_language(lang: Lang) -> Value {
    let t = |key: &str| text(lang, key).to_string();
    let groups: Vec<Value> = [Level::Emergency, Level::Urgent, Level::Routine]
        .into_iter()
        .map(|level| {
            let mut items: Vec<String> = Vec::new();
            for rule in RULES.iter().filter(|r| r.level == level && r.watchable()) {
                let item = t(&keys::rule_watch(rule.id));
                if !items.contains(&item) {
                    items.push(item);
                }
            }
            json!({ "heading": t(&keys::level_watch(level)), "items": items })
        })
        .collect();
    // Pairs rather than an object, so the order survives.
    let start: Vec<Value> = START_KEYS.iter().map(|key| json!([key, t(key)])).collect();
    json!({
        "title": t("fallback.title"),
        "failed": t("fallback.failed"),
        "crashed": t("fallback.crashed"),
        "not_diagnosis": t("ui.banner.not_diagnosis"),
        "groups": groups,
        "start": start,
    })
}

/// The catalog keys of the start page the loader draws before the wasm is
/// ready, in the order `ui::start::StartPage` shows them. The loader lays
/// them out with the same elements and classes; an end-to-end test checks
/// that both pages read the same.
pub const START_KEYS: &[&str] = &[
    "ui.banner.label",
    "ui.banner.emergency",
    "ui.banner.not_diagnosis",
    "ui.language.label",
    "ui.language.name",
    "ui.start.title",
    "ui.start.lead",
    "ui.start.what_you_get",
    "ui.start.get.urgency",
    "ui.start.get.causes",
    "ui.start.get.self_care",
    "ui.start.get.doctor",
    "ui.start.time",
    "ui.start.privacy",
    "ui.start.not_diagnosis",
    "ui.start.emergency_title",
    "ui.start.emergency_intro",
    "question.emergency.choice.sudden_weakness_numbness_droop",
    "question.emergency.choice.sudden_speech_swallow",
    "question.emergency.choice.chest_pain",
    "question.emergency.choice.breathing",
    "question.emergency.choice.stimulant_overdose",
    "ui.start.button",
    "ui.start.starting",
];

/// Where the module is written, from the repository root.
pub const PATH: &str = "src/shell/loader/fallback_text.generated.js";

/// The whole module: what it is, then the texts.
pub fn module() -> String {
    let header = crate::header(
        "fallback.rs",
        "the catalogs and rules of crates/knee-triage-core",
        &[
            "The static guidance and the start page's text in every language, for",
            "the loader to show before, or instead of, the WebAssembly (fallback.js,",
            "early_start.js), and for the guidance scripts/postbuild.mjs writes into",
            "pages.",
        ],
    );
    let json = fallback_text().to_pretty_string();
    format!("{header}\nexport const FALLBACK_TEXT = {json};\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fallback_names_every_emergency_and_doctor_sign() {
        let text = fallback_text().to_string();
        for needle in ["{emergency_number}", "weak", "balance", "swallow"] {
            assert!(text.contains(needle), "fallback lacks {needle}");
        }
    }
}
