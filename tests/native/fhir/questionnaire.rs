//! The Questionnaire: the committed copy is current, every "asked when"
//! converts, and each item matches its question.

use knee_triage::formats::fhir::{enable_when, ANSWER_SYSTEM, GROUP_LINK_ID, RESULT_LINK_ID};
use knee_triage::knowledge::{AnswerKind, EMERGENCY_QUESTION, QUESTIONS};

use super::conformance::questionnaire_items;
use super::{assert_committed, questionnaire};

#[test]
fn the_committed_questionnaire_is_current() {
    assert_committed("docs/fhir/questionnaire.json", &questionnaire());
}

#[test]
fn every_asked_when_converts() {
    let failures: Vec<String> = QUESTIONS
        .iter()
        .filter_map(|q| {
            enable_when(&q.asked_when)
                .err()
                .map(|e| format!("{}: {e}", q.id))
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn link_ids_are_the_question_ids_in_order() {
    let q = questionnaire();
    let top = q["item"].as_array().expect("items");
    assert_eq!(top.len(), 3);
    assert_eq!(top[0]["linkId"], EMERGENCY_QUESTION);
    assert_eq!(top[1]["linkId"], GROUP_LINK_ID);
    assert_eq!(top[1]["type"], "group");
    // The result comes last, read-only: the widget (or the form's own
    // calculation) fills it, never the person.
    assert_eq!(top[2]["linkId"], RESULT_LINK_ID);
    assert_eq!(top[2]["readOnly"], true);
    let ids: Vec<&str> = std::iter::once(&top[0])
        .chain(top[1]["item"].as_array().into_iter().flatten())
        .map(|i| i["linkId"].as_str().expect("linkId"))
        .collect();
    let expected: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(ids, expected);
    assert!(!expected.contains(&GROUP_LINK_ID));
}

#[test]
fn items_match_their_questions() {
    let items = questionnaire_items(&questionnaire());
    for q in QUESTIONS {
        let item = &items[q.id].1;
        assert_eq!(item["required"], true, "{}", q.id);
        assert!(
            item["text"]
                .as_str()
                .is_some_and(|t| !t.starts_with("question.")),
            "{}: English title missing",
            q.id
        );
        match q.kind {
            AnswerKind::Number { min, max } => {
                assert_eq!(item["type"], "integer", "{}", q.id);
                assert_eq!(item["extension"][0]["valueInteger"], min);
                assert_eq!(item["extension"][1]["valueInteger"], max);
            }
            _ if item["type"] == "boolean" => {
                assert!(
                    q.kind == AnswerKind::One && q.choices.len() == 2,
                    "{}",
                    q.id
                );
                assert!(item.get("answerOption").is_none());
            }
            kind => {
                assert_eq!(item["type"], "choice", "{}", q.id);
                assert_eq!(
                    item["repeats"] == true,
                    kind == AnswerKind::Many,
                    "{}",
                    q.id
                );
                let codes: Vec<&str> = item["answerOption"]
                    .as_array()
                    .expect("answerOption")
                    .iter()
                    .map(|o| {
                        assert_eq!(o["valueCoding"]["system"], ANSWER_SYSTEM);
                        assert!(o["valueCoding"]["display"]
                            .as_str()
                            .is_some_and(|d| !d.starts_with("question.")));
                        o["valueCoding"]["code"].as_str().expect("code")
                    })
                    .collect();
                let expected: Vec<String> = q
                    .choices
                    .iter()
                    .map(|c| format!("{}.{}", q.id, c.id))
                    .collect();
                assert_eq!(codes, expected);
            }
        }
    }
    assert_eq!(items["lifestyle_tried"].1["type"], "boolean");
    assert_eq!(items["restless_legs"].1["type"], "choice");
}
