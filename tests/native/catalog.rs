//! Every catalog has text for every key, in every language, and no catalog
//! has text that nothing shows.

use std::path::Path;

use knee_triage::knowledge::catalog::{catalog, Lang, Wording, SAME_WORDING_AS};
use knee_triage::knowledge::emergency::EMERGENCY_NUMBERS;
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
            assert_eq!(
                placeholders(english),
                placeholders(translated),
                "{}: {key}",
                lang.tag()
            );
        }
    }
}

/// The `{name}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

/// An overlay only rewords: each of its keys exists in its base language
/// with the same placeholders, it is not empty, and it differs from the
/// base where it speaks (an overlay line equal to the base is a copy that
/// would silently stop following a change to the base).
#[test]
fn every_overlay_rewords_keys_of_its_base_and_keeps_their_placeholders() {
    let overlays: Vec<Wording> = Wording::overlays().collect();
    let tags: Vec<&str> = overlays.iter().map(|w| w.tag()).collect();
    assert_eq!(tags, ["en-GB", "en-US", "es-ES"]);
    for wording in overlays {
        let base = catalog(wording.lang());
        let entries: Vec<(&str, &str)> = wording.overlay_entries().collect();
        assert!(!entries.is_empty(), "{} is empty", wording.tag());
        for (key, text) in entries {
            let Some(original) = base.get(key) else {
                panic!(
                    "{}: {key} is not in {}.txt",
                    wording.tag(),
                    wording.lang().tag()
                );
            };
            assert_ne!(
                text,
                original,
                "{}: {key} says what the base says",
                wording.tag()
            );
            assert_eq!(
                placeholders(text),
                placeholders(original),
                "{}: {key}",
                wording.tag()
            );
            assert_eq!(
                wording.text(key),
                text,
                "{}: {key} is read first",
                wording.tag()
            );
        }
    }
    for (from, to) in SAME_WORDING_AS {
        assert!(
            Wording::overlays().any(|w| w.tag().ends_with(&format!("-{to}"))),
            "{from} shares the wording of {to}, which has no overlay"
        );
    }
}

/// Every key's text as a visitor from `region` with `number` reads it.
fn everything_read(lang: Lang, region: &str, number: &str) -> String {
    let wording = Wording::for_visitor(lang, Some(region), number);
    catalog(Lang::EN)
        .keys()
        .map(|key| wording.text(key))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The care card's actions read as each country says them: a visitor
/// from the US and one from the UK get different words for where to go,
/// and the US words are nowhere in the British wording, nor the reverse.
#[test]
fn us_and_uk_visitors_read_their_own_words_for_where_to_get_care() {
    let us = Wording::for_visitor(Lang::EN, Some("US"), "911");
    let gb = Wording::for_visitor(Lang::EN, Some("GB"), "999");
    for level in ["routine", "urgent", "emergency"] {
        let key = format!("level.{level}.action");
        assert_ne!(us.text(&key), gb.text(&key), "{key}");
    }
    assert!(us.text("level.routine.action").contains("doctor's office"));
    assert!(us.text("level.emergency.action").contains("emergency room"));
    assert!(gb.text("level.routine.action").contains("GP surgery"));
    assert!(gb.text("level.emergency.action").contains("A&E"));
    let british = everything_read(Lang::EN, "GB", "999");
    for american in ["doctor's office", "emergency room", "physical therapy"] {
        assert!(!british.contains(american), "en-GB reads {american}");
    }
    let es = Lang::from_tag("es").expect("Spanish");
    let spain = Wording::for_visitor(es, Some("ES"), "112");
    let mexico = Wording::for_visitor(es, Some("MX"), "911");
    assert!(spain
        .text("level.routine.action")
        .contains("centro de salud"));
    assert!(!mexico.is_regional(), "Mexico reads the base Spanish");
    assert!(!everything_read(es, "MX", "911").contains("médico de familia"));
}

/// No one shown 911 reads British terms: neither a visitor from any region
/// whose number is 911, nor one from Great Britain on a page that sets 911.
/// The same holds for anyone of a region with no wording of its own.
#[test]
fn no_911_visitor_ever_reads_gp_surgery_or_a_and_e() {
    let mut cases: Vec<(&str, &str)> = EMERGENCY_NUMBERS
        .iter()
        .filter(|(_, number)| *number == "911")
        .map(|(region, number)| (*region, *number))
        .collect();
    assert!(cases.len() > 10, "{cases:?}");
    cases.extend([
        ("GB", "911"),
        ("IM", "911"),
        ("AU", "000"),
        ("IE", "112"),
        ("ZZ", "112"),
    ]);
    for (region, number) in cases {
        for lang in Lang::all() {
            let text = everything_read(lang, region, number);
            for british in ["GP", "A&E", "surgery"] {
                assert!(
                    !text.contains(british),
                    "{}-{region} with {number} reads {british}",
                    lang.tag()
                );
            }
        }
    }
}

/// Reading age about 12: no English sentence, regional ones included, runs past 26 words, the
/// emergency check asks about earlier today as well as now, and the overdose
/// choice does not wait for symptoms.
#[test]
fn the_english_text_stays_plain_and_the_emergency_check_asks_about_today() {
    let en = catalog(Lang::EN);
    let mut longest = (0, String::new());
    let regional = Wording::overlays()
        .filter(|w| w.lang() == Lang::EN)
        .flat_map(|w| w.overlay_entries());
    for (key, text) in en
        .keys()
        .map(|k| (k, en.get(k).unwrap_or_default()))
        .chain(regional)
    {
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
