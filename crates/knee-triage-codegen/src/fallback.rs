//! The static guidance the element shows before, or instead of, the wasm.
//!
//! It is written as JSON into an ES module of the loader,
//! `src/shell/loader/fallback_text.generated.js` (the loader cannot read the
//! catalogs, which live in the wasm), generated from the same catalogs and
//! rules as the checker, so both always say the same thing. `codegen
//! --check` fails when that file is out of date. The build of the pages
//! imports the same module for the guidance it writes into them.
//!
//! It also carries the few lines the early screens add to the pages the
//! build draws from the checker's components (see `START_KEYS`).
//!
//! The wording a region words differently (`locales/en-GB.txt` ...) comes
//! as patches of the base texts, with the regions that read each and the
//! emergency number that must be shown for them to (the checker's rule,
//! `Wording::for_visitor`), and `regionalText()` to apply one: the loader
//! and the guidance written into pages then say "A&E" or "emergency room"
//! exactly when the checker does, from the same catalogs.

use knee_triage_core::formats::json::{Map, Value};
use knee_triage_core::json;
use knee_triage_core::knowledge::catalog::{Lang, Wording, SAME_WORDING_AS};
use knee_triage_core::knowledge::emergency::default_emergency_number;
use knee_triage_core::knowledge::{keys, Level, RULES};

/// The texts of every language (the emergency numbers come in their own
/// generated block, `emergency_js`).
pub fn fallback_text() -> Value {
    let mut all = Map::new();
    for lang in Lang::all() {
        all.insert(lang.tag().into(), for_wording(Wording::new(lang, None)));
    }
    Value::Object(all)
}

/// Per overlay ("en-GB"), only what differs from its language's texts:
/// the fields, each group's heading or items, the start page's keys.
pub fn regional_text() -> Value {
    let mut all = Map::new();
    for wording in Wording::overlays() {
        let base = for_wording(Wording::new(wording.lang(), None));
        all.insert(
            wording.tag().into(),
            Value::Object(patch(&base, &for_wording(wording))),
        );
    }
    Value::Object(all)
}

/// Each region with wording of its own, or sharing another's: whose
/// wording it reads, and the number that must be shown for it to.
pub fn wording_regions() -> Value {
    let own = Wording::overlays().filter_map(|w| w.tag().split_once('-').map(|(_, r)| r));
    let mut regions: Vec<(&str, &str)> = own.map(|r| (r, r)).collect();
    regions.dedup();
    for (from, to) in SAME_WORDING_AS {
        if regions.iter().any(|(r, _)| r == to) {
            regions.push((from, to));
        }
    }
    let map: Map = regions
        .into_iter()
        .map(|(region, wording)| {
            let number = default_emergency_number(Some(region));
            (
                region.to_string(),
                json!({ "wording": wording, "number": number }),
            )
        })
        .collect();
    Value::Object(map)
}

/// What `regional` changes in `base`, in the shape `regionalText()` reads.
fn patch(base: &Value, regional: &Value) -> Map {
    let mut out = Map::new();
    let fields = regional.as_object().into_iter().flat_map(|m| m.iter());
    for (field, value) in fields {
        let before = base.get(field);
        if before == Some(value) {
            continue;
        }
        let changed = match (field.as_str(), before, value) {
            ("groups", Some(Value::Array(old)), Value::Array(new)) => Value::Array(
                old.iter()
                    .zip(new)
                    .map(|(o, n)| Value::Object(patch(o, n)))
                    .collect(),
            ),
            ("start", Some(Value::Array(old)), Value::Array(new)) => Value::Object(
                old.iter()
                    .zip(new)
                    .filter(|(o, n)| o != n)
                    .filter_map(|(_, n)| {
                        let pair = n.as_array()?;
                        Some((pair.first()?.as_str()?.to_string(), pair.get(1)?.clone()))
                    })
                    .collect(),
            ),
            _ => value.clone(),
        };
        out.insert(field.clone(), changed);
    }
    out
}

fn for_wording(wording: Wording) -> Value {
    let t = |key: &str| wording.text(key).to_string();
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

/// The catalog keys the loader's early screens add to the pages the build
/// draws from the checker's components (`early_screens.rs`): the line shown
/// while the checker is still starting, and the notice when it cannot.
pub const START_KEYS: &[&str] = &["ui.start.starting", "ui.early.failed"];

/// Where the module is written, from the repository root.
pub const PATH: &str = "src/shell/loader/fallback_text.generated.js";

/// The whole module: what it is, then the texts.
pub fn module() -> String {
    let header = crate::header(
        "fallback.rs",
        "the catalogs and rules of crates/knee-triage-core",
        &[
            "The static guidance and the early screens' own lines in every language, for",
            "the loader to show before, or instead of, the WebAssembly (fallback.js,",
            "early_screens.js), and for the guidance scripts/postbuild.mjs writes into",
            "pages; what a region words differently, and regionalText() to apply it.",
        ],
    );
    let json = fallback_text().to_pretty_string();
    let regional = regional_text().to_pretty_string();
    let regions = wording_regions().to_string();
    format!(
        r#"{header}
export const FALLBACK_TEXT = {json};

/** Per overlay ("en-GB"), what its region words differently: fields, each group's heading or items, start-page keys. */
const REGIONAL_TEXT = {regional};

/** The regions with wording of their own or shared: whose wording each reads, and the number that must be shown for it. */
const WORDING_REGIONS = {regions};

/**
 * The wording a visitor from `region` reads in `lang` ("en-GB", or "en"), as
 * the checker's Wording::for_visitor chooses: the region's own only while
 * `number` is the region's own emergency number.
 */
export function wordingTag(lang, region, number) {{
  const own = WORDING_REGIONS[region];
  const regional = own && own.number === String(number ?? '').trim() && `${{lang}}-${{own.wording}}`;
  return regional && REGIONAL_TEXT[regional] ? regional : lang;
}}

/**
 * The texts of a language as a visitor from `region` reads them, as the
 * checker's Wording::for_visitor chooses: the region's wording only while
 * `number` is the region's own emergency number, else the base texts.
 */
export function regionalText(lang, region, number) {{
  const known = FALLBACK_TEXT[lang] ? lang : 'en';
  const base = FALLBACK_TEXT[known];
  const patch = REGIONAL_TEXT[wordingTag(known, region, number)];
  if (!patch) return base;
  const start = patch.start || {{}};
  return {{
    ...base,
    ...patch,
    groups: base.groups.map((group, i) => ({{ ...group, ...(patch.groups || [])[i] }})),
    start: base.start.map(([key, text]) => [key, start[key] ?? text]),
  }};
}}
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_overlay_changes_the_guidance_and_names_its_regions() {
        let regional = regional_text();
        for tag in ["en-GB", "en-US", "es-ES"] {
            let patch = regional.get(tag).and_then(Value::as_object);
            assert!(patch.is_some_and(|p| !p.is_empty()), "{tag}: {patch:?}");
        }
        let text = regional.to_string();
        assert!(
            text.contains("A&E") && text.contains("emergency room"),
            "{text}"
        );
        let regions = wording_regions();
        let gb = regions
            .get("GB")
            .and_then(|r| r.get("number"))
            .and_then(Value::as_str);
        assert_eq!(gb, Some("999"));
        let pr = regions
            .get("PR")
            .and_then(|r| r.get("wording"))
            .and_then(Value::as_str);
        assert_eq!(pr, Some("US"));
        assert!(
            regions.get("AU").is_none(),
            "Australia reads the base wording"
        );
    }

    #[test]
    fn the_fallback_names_every_emergency_and_doctor_sign() {
        let text = fallback_text().to_string();
        for needle in ["{emergency_number}", "weak", "balance", "swallow"] {
            assert!(text.contains(needle), "fallback lacks {needle}");
        }
    }
}
