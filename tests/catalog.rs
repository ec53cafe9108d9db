//! Every catalog has text for every knowledge item, and nothing extra.

use knee_triage::knowledge::catalog::{catalog, Lang};
use knee_triage::knowledge::keys::{knowledge_keys, KNOWLEDGE_PREFIXES};

#[test]
fn every_language_has_non_empty_text_for_every_knowledge_item() {
    for lang in Lang::ALL {
        let cat = catalog(*lang);
        let missing: Vec<String> = knowledge_keys()
            .into_iter()
            .filter(|k| cat.get(k).is_none_or(|t| t.trim().is_empty()))
            .collect();
        assert!(missing.is_empty(), "{} lacks: {missing:#?}", lang.tag());
    }
}

#[test]
fn no_catalog_has_knowledge_text_that_nothing_uses() {
    let wanted = knowledge_keys();
    for lang in Lang::ALL {
        let unused: Vec<&str> = catalog(*lang)
            .keys()
            .filter(|k| KNOWLEDGE_PREFIXES.iter().any(|p| k.starts_with(p)))
            .filter(|k| !wanted.iter().any(|w| w == k))
            .collect();
        assert!(unused.is_empty(), "{} has unused: {unused:#?}", lang.tag());
    }
}
