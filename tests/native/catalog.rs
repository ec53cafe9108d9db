//! Every catalog has text for every key, in every language, and no catalog
//! has text that nothing shows.

use std::path::Path;

use knee_triage::knowledge::catalog::{catalog, Lang};
use knee_triage::knowledge::keys::{knowledge_keys, KNOWLEDGE_PREFIXES};

/// Every source file of the widget and its core crate, where screen keys
/// are written out.
fn sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).expect("src folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "js") {
                out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut all = String::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    walk(&root.join("src"), &mut all);
    walk(&root.join("crates"), &mut all);
    all
}

#[test]
fn every_language_has_non_empty_text_for_every_key() {
    let english: Vec<&str> = catalog(Lang::EN).keys().collect();
    for lang in Lang::all() {
        let cat = catalog(lang);
        let missing: Vec<String> = knowledge_keys()
            .into_iter()
            .chain(english.iter().map(|k| k.to_string()))
            .filter(|k| cat.get(k).is_none_or(|t| t.trim().is_empty()))
            .collect();
        assert!(missing.is_empty(), "{} lacks: {missing:#?}", lang.tag());
    }
}

#[test]
fn no_catalog_has_text_that_nothing_uses() {
    let wanted = knowledge_keys();
    let code = sources();
    for lang in Lang::all() {
        let unused: Vec<&str> = catalog(lang)
            .keys()
            .filter(|k| {
                if KNOWLEDGE_PREFIXES.iter().any(|p| k.starts_with(p)) {
                    !wanted.iter().any(|w| w == k)
                } else {
                    !code.contains(&format!("\"{k}\""))
                }
            })
            .collect();
        assert!(unused.is_empty(), "{} has unused: {unused:#?}", lang.tag());
    }
}

#[test]
fn placeholders_survive_translation() {
    let en = catalog(Lang::EN);
    for lang in Lang::all() {
        for key in en.keys() {
            let english = en.get(key).unwrap_or_default();
            let translated = catalog(lang).get(key).unwrap_or_default();
            for part in english.split('{').skip(1) {
                let name = part.split('}').next().unwrap_or_default();
                assert!(
                    translated.contains(&format!("{{{name}}}")),
                    "{}: {key} lost {{{name}}}",
                    lang.tag()
                );
            }
        }
    }
}

/// Reading age about 12: no English sentence runs past 26 words, the
/// emergency check asks about earlier today as well as now, and the overdose
/// choice does not wait for symptoms.
#[test]
fn the_english_text_stays_plain_and_the_emergency_check_asks_about_today() {
    let en = catalog(Lang::EN);
    let mut longest = (0, String::new());
    for key in en.keys() {
        let text = en.get(key).unwrap_or_default();
        for sentence in text.split_inclusive(['.', '!', '?', ':']) {
            let words = sentence.split_whitespace().count();
            if words > longest.0 {
                longest = (words, format!("{key}: {sentence}"));
            }
        }
    }
    println!("longest English sentence: {} words", longest.0);
    assert!(longest.0 <= 26, "too long to read easily: {}", longest.1);
    let title = en.get("question.emergency.title").unwrap_or_default();
    assert!(title.contains("earlier today"), "{title}");
    for choice in ["sudden_weakness_numbness_droop", "sudden_speech_swallow"] {
        let label = en
            .get(&format!("question.emergency.choice.{choice}"))
            .unwrap_or_default();
        assert!(label.contains("earlier today"), "{label}");
    }
    let overdose = en
        .get("question.emergency.choice.stimulant_overdose")
        .unwrap_or_default();
    assert!(overdose.contains("even if you feel fine"), "{overdose}");
}

/// A cause's "what to do" never advises exercise, heat or massage, which
/// could harm a hurt or weak leg: that advice lives in self-care, where
/// `not_with` keeps it from a person with such a sign.
#[test]
fn cause_advice_leaves_exercise_heat_and_massage_to_self_care() {
    let en = catalog(Lang::EN);
    for key in en
        .keys()
        .filter(|k| k.starts_with("cause.") && k.ends_with(".todo"))
    {
        let text = en.get(key).unwrap_or_default().to_lowercase();
        for word in [
            "stretch",
            "massage",
            "a walk",
            "swim",
            "cycling",
            "yoga",
            "warm",
            "heat",
            "gentle exercise",
        ] {
            assert!(!text.contains(word), "{key} advises {word}: {text}");
        }
    }
}
