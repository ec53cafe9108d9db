//! The widget's "asked when" conditions as FHIR `enableWhen`, so a FHIR
//! form filler shows exactly the questions the widget asks, or an error
//! naming the condition FHIR cannot hold.

use crate::formats::json::Value;
use crate::json;
use crate::knowledge::{question, AnswerKind, Question, When};

use super::{coding, is_yes_no};

/// The `enableWhen` list of an item and its `enableBehavior`.
///
/// No conditions means the item is always enabled. `behavior` is `Some` only
/// when there are several conditions, as FHIR requires (invariant que-12).
#[derive(Clone, Debug, PartialEq)]
pub struct EnableWhen {
    /// The `enableWhen` entries; empty when the item is always enabled.
    pub conditions: Vec<Value>,
    /// `any` or `all`, set only with several conditions, as FHIR requires.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
