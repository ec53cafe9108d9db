//! Every catalog has text for every key, in every language, and no catalog
//! has text that nothing shows.

use std::path::Path;

use knee_triage::knowledge::catalog::{catalog, Lang};
use knee_triage::knowledge::keys::{knowledge_keys, KNOWLEDGE_PREFIXES};

/// Every source file of the widget, where screen keys are written out.
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
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut all);
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
