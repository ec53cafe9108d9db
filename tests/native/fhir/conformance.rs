//! An independent check, written from the FHIR R4 specification rather than
//! from the export, that a QuestionnaireResponse fits the Questionnaire:
//! right nesting, offered codes, numbers in range, and `enableWhen`
//! evaluated the FHIR way.

use std::collections::BTreeMap;

use serde_json::Value;

use knee_triage::formats::fhir::{QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION};

use super::questionnaire;

/// Every questionnaire item by linkId, with the linkIds of the groups above it.
pub(super) fn questionnaire_items(q: &Value) -> BTreeMap<String, (Vec<String>, Value)> {
    fn walk(items: &Value, parents: &[String], out: &mut BTreeMap<String, (Vec<String>, Value)>) {
        for item in items.as_array().into_iter().flatten() {
            let id = item["linkId"].as_str().expect("every item has a linkId");
            let previous = out.insert(id.to_string(), (parents.to_vec(), item.clone()));
            assert!(previous.is_none(), "linkId {id} appears twice");
            let mut below = parents.to_vec();
            below.push(id.to_string());
            walk(&item["item"], &below, out);
        }
    }
    let mut out = BTreeMap::new();
    walk(&q["item"], &[], &mut out);
    out
}

/// Every answered response item, in order: (linkId, parent linkIds, answers).
/// A linkId appears more than once only inside a repeating group.
pub(super) fn response_entries(r: &Value) -> Vec<(String, Vec<String>, Vec<Value>)> {
    fn walk(items: &Value, parents: &[String], out: &mut Vec<(String, Vec<String>, Vec<Value>)>) {
        for item in items.as_array().into_iter().flatten() {
            let id = item["linkId"].as_str().expect("every item has a linkId");
            let mut below = parents.to_vec();
            below.push(id.to_string());
            if let Some(answers) = item["answer"].as_array() {
                out.push((id.to_string(), parents.to_vec(), answers.clone()));
            } else {
                assert!(
                    item["item"].as_array().is_some_and(|i| !i.is_empty()),
                    "response item {id} has neither answers nor items"
                );
            }
            walk(&item["item"], &below, out);
        }
    }
    let mut out = Vec::new();
    walk(&r["item"], &[], &mut out);
    out
}

/// Every answered response item outside a repeating group: linkId →
/// (parent linkIds, answers), which is what `enableWhen` can refer to.
pub(super) fn response_answers(r: &Value) -> BTreeMap<String, (Vec<String>, Vec<Value>)> {
    let mut out = BTreeMap::new();
    for (id, parents, answers) in response_entries(r) {
        out.entry(id).or_insert((parents, answers));
    }
    out
}

/// One enableWhen condition, evaluated as FHIR R4 does: false when the
/// question has no answer, true when any of its answers meets it.
fn condition_holds(cond: &Value, given: &BTreeMap<String, (Vec<String>, Vec<Value>)>) -> bool {
    let question = cond["question"]
        .as_str()
        .expect("condition names a question");
    let Some((_, answers)) = given.get(question) else {
        return false;
    };
    let op = cond["operator"]
        .as_str()
        .expect("condition has an operator");
    answers.iter().any(|a| match op {
        "=" => {
            if let Some(b) = cond.get("answerBoolean") {
                a.get("valueBoolean") == Some(b)
            } else if let Some(c) = cond.get("answerCoding") {
                a["valueCoding"]["system"] == c["system"] && a["valueCoding"]["code"] == c["code"]
            } else if let Some(n) = cond.get("answerInteger") {
                a.get("valueInteger") == Some(n)
            } else {
                panic!("unsupported '=' condition {cond}")
            }
        }
        ">=" => a["valueInteger"].as_i64() >= cond["answerInteger"].as_i64(),
        other => panic!("unsupported operator {other} in {cond}"),
    })
}

pub(super) fn item_enabled(
    id: &str,
    items: &BTreeMap<String, (Vec<String>, Value)>,
    given: &BTreeMap<String, (Vec<String>, Vec<Value>)>,
) -> bool {
    let (parents, item) = &items[id];
    if !parents.iter().all(|p| item_enabled(p, items, given)) {
        return false;
    }
    let Some(conds) = item["enableWhen"].as_array() else {
        return true;
    };
    let mut results = conds.iter().map(|c| condition_holds(c, given));
    match item["enableBehavior"].as_str() {
        Some("all") => results.all(|r| r),
        Some("any") => results.any(|r| r),
        None => {
            assert_eq!(
                conds.len(),
                1,
                "{id}: several enableWhen need enableBehavior"
            );
            results.all(|r| r)
        }
        Some(other) => panic!("{id}: unknown enableBehavior {other}"),
    }
}

/// Checks a response against the Questionnaire; returns the problems found.
pub(super) fn problems(response: &Value) -> Vec<String> {
    let q = questionnaire();
    let items = questionnaire_items(&q);
    let given = response_answers(response);
    let entries = response_entries(response);
    let mut found = Vec::new();
    if response["resourceType"] != "QuestionnaireResponse" {
        found.push("resourceType".into());
    }
    if response["questionnaire"] != format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}") {
        found.push(format!("questionnaire {}", response["questionnaire"]));
    }
    for (n, (id, parents, answers)) in entries.iter().enumerate() {
        let Some((q_parents, item)) = items.get(id) else {
            found.push(format!("{id}: not in the questionnaire"));
            continue;
        };
        let in_repeating_group = q_parents.iter().any(|p| items[p].1["repeats"] == true);
        if !in_repeating_group && entries[..n].iter().any(|(other, ..)| other == id) {
            found.push(format!("{id}: appears twice outside a repeating group"));
        }
        if q_parents != parents {
            found.push(format!(
                "{id}: nested under {parents:?}, expected {q_parents:?}"
            ));
        }
        if !item_enabled(id, &items, &given) {
            found.push(format!("{id}: answered but not enabled"));
        }
        if answers.is_empty() || (answers.len() > 1 && item["repeats"] != true) {
            found.push(format!("{id}: {} answers", answers.len()));
        }
        for a in answers {
            let ok = match item["type"].as_str() {
                Some("choice") => item["answerOption"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|o| o["valueCoding"] == a["valueCoding"]),
                Some("boolean") => a["valueBoolean"].is_boolean(),
                Some("dateTime") => a["valueDateTime"].is_string(),
                Some("integer") => {
                    let bound = |url: &str| {
                        item["extension"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .find(|e| e["url"] == url)
                            .and_then(|e| e["valueInteger"].as_i64())
                    };
                    let min = bound("http://hl7.org/fhir/StructureDefinition/minValue");
                    let max = bound("http://hl7.org/fhir/StructureDefinition/maxValue");
                    match (a["valueInteger"].as_i64(), min, max) {
                        (Some(n), Some(lo), Some(hi)) => (lo..=hi).contains(&n),
                        _ => false,
                    }
                }
                other => panic!("{id}: unexpected item type {other:?}"),
            };
            let one_value = a.as_object().is_some_and(|o| o.len() == 1);
            if !ok || !one_value {
                found.push(format!("{id}: answer {a} does not fit the item"));
            }
        }
    }
    let complete = items.iter().all(|(id, (_, item))| {
        item["type"] == "group" || item["required"] != true || given.contains_key(id) || {
            !item_enabled(id, &items, &given)
        }
    });
    let expected = if complete { "completed" } else { "in-progress" };
    if response["status"] != expected {
        found.push(format!(
            "status {} but expected {expected}",
            response["status"]
        ));
    }
    found
}
