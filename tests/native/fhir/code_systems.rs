//! The code systems: committed and current, and every coding the
//! Questionnaire offers or a response holds is a concept of its system with
//! the same display, so a terminology server resolves every code a clinic
//! receives.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{assert_committed, questionnaire, questionnaire_response, reread, vignettes};

/// (system, code) → display, from the Bundle.
fn concepts(bundle: &Value) -> BTreeMap<(String, String), String> {
    let mut out = BTreeMap::new();
    for entry in bundle["entry"].as_array().expect("entries") {
        let system = &entry["resource"];
        assert_eq!(system["resourceType"], "CodeSystem");
        assert_eq!(entry["fullUrl"], system["url"]);
        let list = system["concept"].as_array().expect("concepts");
        assert_eq!(system["count"].as_u64(), Some(list.len() as u64));
        for c in list {
            let key = (
                system["url"].as_str().unwrap().to_string(),
                c["code"].as_str().unwrap().to_string(),
            );
            let display = c["display"].as_str().expect("display").to_string();
            assert!(
                out.insert(key, display).is_none(),
                "a code appears twice: {c}"
            );
        }
    }
    out
}

/// Every Coding below a value: any object with a `system` and a `code`.
fn codings(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(map) => {
            if map.contains_key("system") && map.contains_key("code") && map.contains_key("display")
            {
                out.push(v.clone());
            }
            map.values().for_each(|x| codings(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| codings(x, out)),
        _ => {}
    }
}

#[test]
fn the_committed_code_systems_are_current() {
    assert_committed(
        "docs/fhir/code-systems.json",
        &reread(&knee_triage::formats::fhir::code_systems()),
    );
}

#[test]
fn every_coding_of_the_form_and_the_responses_is_a_concept_of_its_system() {
    let known = concepts(&reread(&knee_triage::formats::fhir::code_systems()));
    let mut found = Vec::new();
    codings(&questionnaire(), &mut found);
    for (_, answers) in vignettes() {
        codings(
            &questionnaire_response(&answers, "2026-01-01T00:00:00Z"),
            &mut found,
        );
    }
    let ours: Vec<&Value> = found
        .iter()
        .filter(|c| {
            c["system"]
                .as_str()
                .is_some_and(|s| s.starts_with("http://knee-triage.example/"))
        })
        .collect();
    assert!(ours.len() > 500, "{} codings", ours.len());
    for c in ours {
        let key = (
            c["system"].as_str().unwrap().to_string(),
            c["code"].as_str().unwrap().to_string(),
        );
        assert_eq!(
            known.get(&key).map(String::as_str),
            c["display"].as_str(),
            "{c}"
        );
    }
}
