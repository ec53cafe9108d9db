//! HL7 FHIR R4 export: the questionnaire as a `Questionnaire` and a person's
//! answers as a `QuestionnaireResponse` (docs/fhir.md).
//!
//! A clinic's record system cannot read our own answers file, but most can
//! read FHIR. Both resources are built from the same knowledge tables the
//! widget asks from, so the export can never describe a question the widget
//! does not ask or a choice it does not offer:
//!
//! - every item's `linkId` is the question id, which is already stable
//!   (it is also the key in answers files and catalogs);
//! - every choice is a `Coding` in one code system of ours, with the code
//!   `<question>.<choice>`, because choice ids such as `none` or `not_sure`
//!   recur across questions with different meanings and a code system gives
//!   each code one display;
//! - each question's `asked_when` becomes `enableWhen`, so a FHIR form filler
//!   shows exactly the questions the widget shows. A condition FHIR cannot
//!   express is an error from [`enable_when`] that the tests fail on, never
//!   a condition silently dropped.
//!
//! Texts are English, from the catalog, because the catalog's English is the
//! reviewed wording and a record system needs one fixed language. The export
//! holds answers only: no name, no identifier, no patient reference.
//!
//! Pure Rust, built with the widget's own `formats::json`; nothing here panics.

use crate::formats::json::{Map, Value};
use crate::json;

use crate::engine::answers_in_force;
use crate::engine::{Answer, Answers};
use crate::knowledge::catalog::{text, Lang};
use crate::knowledge::{keys, question, AnswerKind, Question, When, EMERGENCY_QUESTION, QUESTIONS};

/// The canonical URL of the Questionnaire. Responses point at it (with the
/// version), so it must not change while the questions keep their meaning.
pub const QUESTIONNAIRE_URL: &str = "http://knee-triage.example/fhir/Questionnaire/knee-twitching";

/// The Questionnaire's business version. Raise it (and regenerate
/// docs/fhir/questionnaire.json) whenever a question, choice or condition
/// changes meaning, so old responses still name the form they answered.
pub const QUESTIONNAIRE_VERSION: &str = "2";

/// The code system of the answer codes `<question>.<choice>`.
pub const ANSWER_SYSTEM: &str = "http://knee-triage.example/fhir/CodeSystem/knee-twitching-answers";

/// The `linkId` of the group holding every question after the emergency
/// check. It is a group so that one `enableWhen` ("no emergency sign") covers
/// the whole rest of the form, as an emergency sign ends the widget at once.
pub const GROUP_LINK_ID: &str = "assessment";

/// The group's text. The catalog has no key for it and it is never shown in
/// the widget, so it lives here rather than in the locales.
const GROUP_TEXT: &str = "About the knee twitching";

/// The choice of the emergency check that opens the rest of the form.
const NO_EMERGENCY: &str = "none";

const MIN_VALUE_URL: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE_URL: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
/// Core R4 extension marking "None of these" / "Not sure" as options that
/// cannot be combined with others, as in the widget.
const OPTION_EXCLUSIVE_URL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

/// The code of a choice: `<question>.<choice>`, for example
/// `emergency.none`, unique across the whole questionnaire.
pub fn answer_code(question_id: &str, choice_id: &str) -> String {
    format!("{question_id}.{choice_id}")
}

/// Whether a question is a plain no/yes question, exported as a FHIR
/// `boolean` item: a record system can then query it as true/false instead
/// of knowing our codes. A question with a third choice ("Not sure") stays a
/// `choice`, since a boolean cannot say "not sure".
pub fn is_yes_no(q: &Question) -> bool {
    let has = |id: &str| q.choices.iter().any(|c| c.id == id);
    q.kind == AnswerKind::One && q.choices.len() == 2 && has("no") && has("yes")
}

/// The `enableWhen` list of an item and its `enableBehavior`.
///
/// No conditions means the item is always enabled. `behavior` is `Some` only
/// when there are several conditions, as FHIR requires (invariant que-12).
#[derive(Clone, Debug, PartialEq)]
pub struct EnableWhen {
    pub conditions: Vec<Value>,
    pub behavior: Option<&'static str>,
}

/// A condition in the shapes FHIR can hold: a flat list joined by one
/// `enableBehavior`. FHIR cannot nest "any" inside "all" or the reverse.
enum Logic {
    Always,
    Any(Vec<Value>),
    All(Vec<Value>),
}

/// Converts a question's `asked_when` into FHIR `enableWhen`.
///
/// Supported: `Always`; `Picked` (`=` the choice's coding, or `answerBoolean`
/// for a no/yes question); `AtLeast` (`=` each choice from the floor to the
/// end of the list, any of them); `NumberAtLeast` (`>=` an integer); `Any` of
/// those; `All` of single conditions. Anything else — `AnyPickedBut`, whose
/// meaning over a multiple-answer item FHIR R4 leaves open, or a mix of
/// "any" and "all" — is an error naming the condition, so a test fails
/// instead of the export asking questions the widget would not.
pub fn enable_when(when: &When) -> Result<EnableWhen, String> {
    let (conditions, behavior) = match logic(when)? {
        Logic::Always => (Vec::new(), None),
        Logic::Any(c) if c.len() > 1 => (c, Some("any")),
        Logic::All(c) if c.len() > 1 => (c, Some("all")),
        Logic::Any(c) | Logic::All(c) => (c, None),
    };
    Ok(EnableWhen {
        conditions,
        behavior,
    })
}

fn logic(when: &When) -> Result<Logic, String> {
    match when {
        When::Always => Ok(Logic::Always),
        When::Picked(q, c) => {
            let asked = known_question(q)?;
            Ok(Logic::Any(vec![equals(asked, c)?]))
        }
        When::AtLeast(q, floor) => {
            let asked = known_question(q)?;
            if asked.kind != AnswerKind::One {
                return Err(format!(
                    "AtLeast({q}, {floor}): {q} is not a one-choice question"
                ));
            }
            let from = asked
                .choice_index(floor)
                .ok_or_else(|| format!("AtLeast({q}, {floor}): {q} has no choice {floor}"))?;
            let conditions = asked.choices[from..]
                .iter()
                .map(|c| equals(asked, c.id))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Logic::Any(conditions))
        }
        When::NumberAtLeast(q, n) => {
            let asked = known_question(q)?;
            if !matches!(asked.kind, AnswerKind::Number { .. }) {
                return Err(format!(
                    "NumberAtLeast({q}, {n}): {q} is not a number question"
                ));
            }
            Ok(Logic::Any(vec![json!({
                "question": q,
                "operator": ">=",
                "answerInteger": n,
            })]))
        }
        When::AnyPickedBut(q, none) => Err(format!(
            "AnyPickedBut({q}, {none}) cannot be expressed as FHIR R4 enableWhen"
        )),
        When::DiaryOverTwoWeeks | When::DiaryRising => Err(format!(
            "{when:?}: the diary is not part of the questionnaire"
        )),
        When::Unanswered(_) | When::Not(_) => Err(format!(
            "{when:?}: only the triage rules use this, never \"asked when\""
        )),
        When::Any(parts) => {
            let mut conditions = Vec::new();
            for part in *parts {
                match logic(part)? {
                    // One part that always holds makes the whole always hold.
                    Logic::Always => return Ok(Logic::Always),
                    Logic::Any(c) => conditions.extend(c),
                    Logic::All(c) if c.len() == 1 => conditions.extend(c),
                    Logic::All(_) => {
                        return Err(format!(
                            "{when:?}: \"all\" inside \"any\" cannot be expressed as FHIR R4 enableWhen"
                        ))
                    }
                }
            }
            if conditions.is_empty() {
                // The engine never asks a question behind an empty Any.
                return Err(format!("{when:?}: an empty Any never holds"));
            }
            Ok(Logic::Any(conditions))
        }
        When::All(parts) => {
            let mut conditions = Vec::new();
            for part in *parts {
                match logic(part)? {
                    Logic::Always => {}
                    Logic::All(c) => conditions.extend(c),
                    Logic::Any(c) if c.len() == 1 => conditions.extend(c),
                    Logic::Any(_) => {
                        return Err(format!(
                            "{when:?}: \"any\" inside \"all\" cannot be expressed as FHIR R4 enableWhen"
                        ))
                    }
                }
            }
            Ok(if conditions.is_empty() {
                Logic::Always
            } else {
                Logic::All(conditions)
            })
        }
    }
}

fn known_question(id: &str) -> Result<&'static Question, String> {
    question(id).ok_or_else(|| format!("condition on unknown question {id}"))
}

/// `question = choice`, as a coding or, for a no/yes question, a boolean.
fn equals(q: &Question, choice_id: &str) -> Result<Value, String> {
    if q.choice_index(choice_id).is_none() {
        return Err(format!("condition on unknown choice {}.{choice_id}", q.id));
    }
    Ok(if is_yes_no(q) {
        json!({ "question": q.id, "operator": "=", "answerBoolean": choice_id == "yes" })
    } else {
        json!({ "question": q.id, "operator": "=", "answerCoding": coding(q.id, choice_id) })
    })
}

fn coding(question_id: &str, choice_id: &str) -> Value {
    json!({
        "system": ANSWER_SYSTEM,
        "code": answer_code(question_id, choice_id),
        "display": text(Lang::EN, &keys::choice(question_id, choice_id)),
    })
}

fn title(q: &Question) -> String {
    text(Lang::EN, &keys::question_title(q.id)).to_string()
}

/// The FHIR R4 Questionnaire of the whole widget.
///
/// The emergency check comes first; every other question sits in the
/// [`GROUP_LINK_ID`] group, enabled only when the emergency answer is "None
/// of these", because any emergency sign ends the widget at once. Items keep
/// the widget's order. A question whose condition cannot be converted keeps
/// no `enableWhen` and is marked not required, so the form stays usable, and
/// the tests (which call [`enable_when`] for every question) fail.
pub fn questionnaire() -> Value {
    let mut top = Vec::new();
    let mut rest = Vec::new();
    for q in QUESTIONS {
        let item = question_item(q);
        if q.id == EMERGENCY_QUESTION {
            top.push(item);
        } else {
            rest.push(item);
        }
    }
    if !rest.is_empty() {
        top.push(json!({
            "linkId": GROUP_LINK_ID,
            "text": GROUP_TEXT,
            "type": "group",
            "required": true,
            "enableWhen": [{
                "question": EMERGENCY_QUESTION,
                "operator": "=",
                "answerCoding": coding(EMERGENCY_QUESTION, NO_EMERGENCY),
            }],
            "item": rest,
        }));
    }
    json!({
        "resourceType": "Questionnaire",
        "id": "knee-twitching",
        "url": QUESTIONNAIRE_URL,
        "version": QUESTIONNAIRE_VERSION,
        "name": "KneeTwitchingTriage",
        "title": text(Lang::EN, "ui.app_name"),
        "status": "active",
        "subjectType": ["Patient"],
        "description": "The questions of the knee-triage widget, which helps a person decide what care knee twitching needs. Every item's linkId is the widget's question id.",
        "item": top,
    })
}

fn question_item(q: &Question) -> Value {
    let mut item = Map::new();
    item.insert("linkId".into(), q.id.into());
    item.insert("text".into(), title(q).into());
    let enable = enable_when(&q.asked_when);
    item.insert("required".into(), enable.is_ok().into());
    match q.kind {
        AnswerKind::Number { min, max } => {
            item.insert("type".into(), "integer".into());
            item.insert(
                "extension".into(),
                json!([
                    { "url": MIN_VALUE_URL, "valueInteger": min },
                    { "url": MAX_VALUE_URL, "valueInteger": max },
                ]),
            );
        }
        _ if is_yes_no(q) => {
            item.insert("type".into(), "boolean".into());
        }
        AnswerKind::One | AnswerKind::Many => {
            item.insert("type".into(), "choice".into());
            if q.kind == AnswerKind::Many {
                item.insert("repeats".into(), true.into());
            }
            let options: Vec<Value> = q
                .choices
                .iter()
                .map(|c| {
                    let mut option = Map::new();
                    if q.kind == AnswerKind::Many && c.exclusive {
                        option.insert(
                            "extension".into(),
                            json!([{ "url": OPTION_EXCLUSIVE_URL, "valueBoolean": true }]),
                        );
                    }
                    option.insert("valueCoding".into(), coding(q.id, c.id));
                    Value::Object(option)
                })
                .collect();
            item.insert("answerOption".into(), options.into());
        }
    }
    if let Ok(enable) = enable {
        if !enable.conditions.is_empty() {
            item.insert("enableWhen".into(), enable.conditions.into());
        }
        if let Some(behavior) = enable.behavior {
            item.insert("enableBehavior".into(), behavior.into());
        }
    }
    Value::Object(item)
}

/// A person's answers as a FHIR R4 QuestionnaireResponse to [`questionnaire`].
///
/// Only the answers in force are exported (those to questions the widget
/// actually asks, see [`answers_in_force`]), in question order, nested as in
/// the Questionnaire. The group appears only when the emergency check was
/// answered "None of these" — the one case the Questionnaire enables it — and
/// only when it holds an answer. `status` is "completed" when every asked
/// question is answered and "in-progress" otherwise, since FHIR reserves
/// "completed" for responses with all required answers.
///
/// `authored` is the FHIR dateTime of the export (for example
/// `2026-01-01T09:30:00Z`), passed in because the engine has no clock; an
/// empty string leaves it out. No subject, author or identifier is set: the
/// widget knows nothing about who answered, and should not.
pub fn questionnaire_response(answers: &Answers, authored: &str) -> Value {
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
    let complete = crate::engine::first_unanswered(&in_force).is_none();
    let mut response = Map::new();
    response.insert("resourceType".into(), "QuestionnaireResponse".into());
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
    if !top.is_empty() {
        response.insert("item".into(), top.into());
    }
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
    fn codes_name_their_question() {
        assert_eq!(answer_code("emergency", "none"), "emergency.none");
    }

    #[test]
    fn only_plain_no_yes_questions_are_booleans() {
        assert!(is_yes_no(question("lifestyle_tried").unwrap()));
        assert!(!is_yes_no(question("medicine_change").unwrap()));
        assert!(!is_yes_no(question("restless_legs").unwrap()));
    }

    #[test]
    fn conditions_fhir_cannot_hold_are_errors() {
        assert!(enable_when(&When::AnyPickedBut("emergency", "none")).is_err());
        assert!(enable_when(&When::Picked("nope", "x")).is_err());
        assert!(enable_when(&When::Picked("duration", "nope")).is_err());
        assert!(enable_when(&When::Any(&[])).is_err());
        const MIXED: &[When] = &[When::All(&[
            When::Picked("stress", "high"),
            When::Picked("sleep", "short"),
        ])];
        assert!(enable_when(&When::Any(MIXED)).is_err());
    }

    #[test]
    fn at_least_lists_the_floor_and_every_later_choice() {
        let e = enable_when(&When::AtLeast("duration", "weeks_1_2")).unwrap();
        let codes: Vec<&str> = e
            .conditions
            .iter()
            .filter_map(|c| c["answerCoding"]["code"].as_str())
            .collect();
        assert_eq!(
            codes,
            [
                "duration.weeks_1_2",
                "duration.over_2_weeks",
                "duration.not_sure"
            ]
        );
        assert_eq!(e.behavior, Some("any"));
    }

    #[test]
    fn all_of_single_conditions_and_numbers_convert() {
        const BOTH: &[When] = &[
            When::Picked("lifestyle_tried", "yes"),
            When::NumberAtLeast("caffeine_cups", 5),
        ];
        let e = enable_when(&When::All(BOTH)).unwrap();
        assert_eq!(e.behavior, Some("all"));
        assert_eq!(e.conditions[0]["answerBoolean"], true);
        assert_eq!(e.conditions[1]["operator"], ">=");
        assert_eq!(e.conditions[1]["answerInteger"], 5);
    }

    #[test]
    fn no_answers_give_an_empty_response_in_progress() {
        let r = questionnaire_response(&Answers::new(), "");
        assert_eq!(r["status"], "in-progress");
        assert!(r.get("item").is_none());
        assert!(r.get("authored").is_none());
    }

    #[test]
    fn answers_without_the_emergency_check_stay_out_of_the_group() {
        let mut a = Answers::new();
        a.set("duration", Answer::One("days_0_3")).unwrap();
        let r = questionnaire_response(&a, "2026-01-01");
        assert!(r.get("item").is_none(), "{r}");
    }
}
