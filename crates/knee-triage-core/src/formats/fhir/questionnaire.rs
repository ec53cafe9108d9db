//! The FHIR R4 Questionnaire: every question the widget asks, its choices
//! as codings, and when it is asked.

use crate::formats::json::{Map, Value};
use crate::json;
use crate::knowledge::catalog::{text, Lang};
use crate::knowledge::{AnswerKind, Question, EMERGENCY_QUESTION, QUESTIONS};

use super::result::result_group;
use super::{coding, enable_when, fhirpath, is_yes_no, title};
use super::{GROUP_LINK_ID, GROUP_TEXT, NO_EMERGENCY, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION};
use super::{MAX_VALUE_URL, MIN_VALUE_URL, OPTION_EXCLUSIVE_URL};

/// SDC: the form is filled one question at a time, and earlier answers can
/// be changed, as in the widget.
const ENTRY_MODE_URL: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-entryMode";
/// The R4 core extension SDC uses for named expressions.
const VARIABLE_URL: &str = "http://hl7.org/fhir/StructureDefinition/variable";
const ITEM_CONTROL_URL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";

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
    // Should a condition ever fail to convert (the tests fail on it), the
    // form keeps its questions and the widget's own result, and only loses
    // the level it would compute itself.
    let variables = fhirpath::variables().unwrap_or_default();
    top.push(result_group(!variables.is_empty()));
    let mut extensions = vec![json!({ "url": ENTRY_MODE_URL, "valueCode": "prior-edit" })];
    extensions.extend(variables.into_iter().map(|v| {
        json!({
            "url": VARIABLE_URL,
            "valueExpression": {
                "description": v.description,
                "name": v.name,
                "language": "text/fhirpath",
                "expression": v.expression,
            },
        })
    }));
    json!({
        "resourceType": "Questionnaire",
        "extension": extensions,
        "id": "knee-twitching",
        "url": QUESTIONNAIRE_URL,
        "version": QUESTIONNAIRE_VERSION,
        "name": "KneeTwitchingTriage",
        "title": text(Lang::EN, "ui.app_name"),
        "status": "active",
        "subjectType": ["Patient"],
        "description": "The questions of the knee-triage widget, which helps a person decide what care knee twitching needs, and its result. Every question's linkId is the widget's question id. The form computes the level of care itself from the answers (SDC variable and calculatedExpression, in FHIRPath), as the widget does.",
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
            // Every choice shown at once, as the widget's radios and boxes,
            // rather than a drop-down that hides the emergency signs.
            let control = if q.kind == AnswerKind::Many {
                "check-box"
            } else {
                "radio-button"
            };
            item.insert(
                "extension".into(),
                json!([{
                    "url": ITEM_CONTROL_URL,
                    "valueCodeableConcept": {
                        "coding": [{ "system": ITEM_CONTROL_SYSTEM, "code": control }],
                    },
                }]),
            );
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
