//! A person's answers as a FHIR R4 QuestionnaireResponse, for a clinic's
//! record system: the answers in force only, and nothing about who gave them.

use crate::engine::answers_in_force;
use crate::engine::{Answer, Answers, Outcome};
use crate::formats::json::{Map, Value};
use crate::json;
use crate::knowledge::{AnswerKind, Question, EMERGENCY_QUESTION, QUESTIONS};

use super::result::result_item;
use super::{coding, is_yes_no, title};
use super::{GROUP_LINK_ID, GROUP_TEXT, NO_EMERGENCY, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION};

/// A person's answers as a FHIR R4 QuestionnaireResponse to
/// [`questionnaire`](super::questionnaire()), with the result they were shown.
///
/// Only the answers in force are exported (those to questions the widget
/// actually asks, see [`answers_in_force`]), in question order, nested as in
/// the Questionnaire. The group appears only when the emergency check was
/// answered "None of these" — the one case the Questionnaire enables it — and
/// only when it holds an answer. `status` is "completed" when every asked
/// question is answered and "in-progress" otherwise, since FHIR reserves
/// "completed" for responses with all required answers.
///
/// `outcome` is the result the person was shown (the engine's, with the
/// diary when they keep one): it goes into the `result` item, so the clinic
/// sees the level, why, and the likely causes first. It is passed in rather
/// than recomputed here so that the file can never disagree with the screen.
///
/// `authored` is the FHIR dateTime of the export (for example
/// `2026-01-01T09:30:00Z`), passed in because the engine has no clock; an
/// empty string leaves it out. No subject, author or identifier is set: the
/// widget knows nothing about who answered, and should not.
pub fn questionnaire_response(answers: &Answers, outcome: &Outcome, authored: &str) -> Value {
    let in_force = answers_in_force(answers);
    let mut top = Vec::new();
    let mut rest = Vec::new();
    let group_enabled = in_force.picked(EMERGENCY_QUESTION, NO_EMERGENCY);
    for q in QUESTIONS {
        let Some(item) = in_force.get(q.id).and_then(|a| answered_item(q, a)) else {
            continue;
        };
        if q.id == EMERGENCY_QUESTION {
            top.push(item);
        } else if group_enabled {
            rest.push(item);
        }
    }
    if !rest.is_empty() {
        top.push(json!({ "linkId": GROUP_LINK_ID, "text": GROUP_TEXT, "item": rest }));
    }
    let (result, text) = result_item(outcome, authored);
    top.push(result);
    let complete = crate::engine::first_unanswered(&in_force).is_none();
    let mut response = Map::new();
    response.insert("resourceType".into(), "QuestionnaireResponse".into());
    response.insert("text".into(), text);
    response.insert(
        "questionnaire".into(),
        format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}").into(),
    );
    response.insert(
        "status".into(),
        if complete { "completed" } else { "in-progress" }.into(),
    );
    if !authored.is_empty() {
        response.insert("authored".into(), authored.into());
    }
    response.insert("item".into(), top.into());
    Value::Object(response)
}

/// One answered question, or `None` if the answer does not fit the question
/// (checked answers always fit; this only keeps the export from panicking).
fn answered_item(q: &Question, answer: &Answer) -> Option<Value> {
    let values: Vec<Value> = match (q.kind, answer) {
        (AnswerKind::Number { .. }, Answer::Number(n)) => vec![json!({ "valueInteger": n })],
        (AnswerKind::One, Answer::One(c)) if is_yes_no(q) => {
            vec![json!({ "valueBoolean": *c == "yes" })]
        }
        (AnswerKind::One, Answer::One(c)) => vec![json!({ "valueCoding": coding(q.id, c) })],
        (AnswerKind::Many, Answer::Many(cs)) if !cs.is_empty() => cs
            .iter()
            .map(|c| json!({ "valueCoding": coding(q.id, c) }))
            .collect(),
        _ => return None,
    };
    Some(json!({ "linkId": q.id, "text": title(q), "answer": values }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_answers_give_only_the_cautious_result_in_progress() {
        let none = Answers::new();
        let r = questionnaire_response(&none, &crate::engine::triage(&none), "");
        assert_eq!(r["status"], "in-progress");
        let items = r["item"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{r}");
        assert_eq!(items[0]["linkId"], "result");
        // Nothing answered: no sign can be ruled out, so a doctor should check.
        let level = &items[0]["item"].as_array().unwrap()[0];
        assert_eq!(
            level["answer"].as_array().unwrap()[0]["valueCoding"]["code"],
            "routine"
        );
        assert!(r.get("authored").is_none());
    }

    #[test]
    fn answers_without_the_emergency_check_stay_out_of_the_group() {
        let mut a = Answers::new();
        a.set("duration", Answer::One("days_0_3")).unwrap();
        let r = questionnaire_response(&a, &crate::engine::triage(&a), "2026-01-01");
        let items = r["item"].as_array().unwrap();
        assert!(items.iter().all(|i| i["linkId"] == "result"), "{r}");
    }
}
