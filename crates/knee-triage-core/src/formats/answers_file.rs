//! The answers file: a small, versioned JSON document (docs/answers-format.md).
//!
//! The reader walks a parsed JSON value (`formats::json`) by hand, so each
//! refusal can name the exact field and nothing in a hostile file can panic.

use crate::formats::json::{self, Map, Value};
use crate::formats::refusal::echo;

use crate::engine::{expected_type, intern_choice, Answer, AnswerError, Answers};
use crate::knowledge::{question, AnswerKind};

/// The value of the `format` field, so other JSON files are not mistaken for answers.
pub const FORMAT_NAME: &str = "knee-triage-answers";
/// The only version this build reads and writes.
///
/// Version 2 (December 2026): the emergency check asks about earlier today
/// as well as now, the overdose choice no longer needs symptoms, weakness in
/// the arms or hands has its own choice, "How often" was added and the
/// duration choices no longer overlap. A version 1 "None of these" meant less
/// than it means now, so version 1 files are refused with their own message
/// rather than read with the wrong meaning.
pub const FORMAT_VERSION: u64 = 2;

impl Answers {
    /// Reads an answers file. Any problem is an error naming the field.
    pub fn from_json(text: &str) -> Result<Answers, AnswerError> {
        let doc: Value = Value::parse(text).map_err(|e| {
            let detail = e.to_string();
            if e.what == json::REPEATED_KEY {
                AnswerError::RepeatedKey { detail }
            } else {
                AnswerError::NotJson { detail }
            }
        })?;
        Answers::from_value(&doc)
    }

    /// Reads an answers document already parsed as JSON (for example one
    /// nested in the device record).
    pub fn from_value(doc: &Value) -> Result<Answers, AnswerError> {
        let top = as_object(doc, "(top level)")?;
        for key in top.keys() {
            if !["format", "version", "answers"].contains(&key.as_str()) {
                return Err(AnswerError::UnknownField { field: echo(key) });
            }
        }
        match required(top, "format")? {
            Value::String(s) if s == FORMAT_NAME => {}
            _ => {
                return Err(AnswerError::WrongFormat {
                    field: "format".into(),
                })
            }
        }
        let version = required(top, "version")?;
        if version
            .as_u64()
            .is_some_and(|v| (1..FORMAT_VERSION).contains(&v))
        {
            return Err(AnswerError::OlderVersion {
                field: "version".into(),
                found: echo(&version.to_string()),
            });
        }
        if version.as_u64() != Some(FORMAT_VERSION) {
            return Err(AnswerError::UnsupportedVersion {
                field: "version".into(),
                found: echo(&version.to_string()),
            });
        }
        let given = as_object(required(top, "answers")?, "answers")?;
        let mut answers = Answers::new();
        for (id, value) in given {
            // A question id is short and plain, so only an unknown one is cut.
            let field = format!("answers.{}", echo(id));
            let q = question(id).ok_or_else(|| AnswerError::UnknownQuestion {
                field: field.clone(),
            })?;
            let wrong_type = || AnswerError::WrongType {
                field: field.clone(),
                expected: expected_type(q.kind),
            };
            let answer = match (q.kind, value) {
                (AnswerKind::One, Value::String(s)) => Answer::One(intern_choice(q, s, &field)?),
                (AnswerKind::Many, Value::Array(items)) => {
                    let mut ids = Vec::with_capacity(items.len());
                    for item in items {
                        let s = item.as_str().ok_or_else(wrong_type)?;
                        ids.push(intern_choice(q, s, &field)?);
                    }
                    Answer::Many(ids)
                }
                (AnswerKind::Number { min, max }, Value::Number(n)) => {
                    let n = n.as_u64().ok_or_else(wrong_type)?;
                    let n = u32::try_from(n).map_err(|_| AnswerError::OutOfRange {
                        field: field.clone(),
                        min,
                        max,
                    })?;
                    Answer::Number(n)
                }
                _ => return Err(wrong_type()),
            };
            answers.set(id, answer)?;
        }
        Ok(answers)
    }

    /// Writes the answers in the documented format, questions in id order.
    pub fn to_json(&self) -> String {
        // Serialising a map of strings and numbers cannot fail.
        self.to_value().to_pretty_string()
    }

    /// The answers document as a JSON value.
    pub fn to_value(&self) -> Value {
        let mut given = Map::new();
        for (id, answer) in self.iter() {
            let value = match answer {
                Answer::One(c) => Value::from(*c),
                Answer::Many(cs) => Value::from(cs.clone()),
                Answer::Number(n) => Value::from(*n),
            };
            given.insert(id.to_string(), value);
        }
        let mut top = Map::new();
        top.insert("format".into(), Value::from(FORMAT_NAME));
        top.insert("version".into(), Value::from(FORMAT_VERSION));
        top.insert("answers".into(), Value::Object(given));
        Value::Object(top)
    }
}

fn as_object<'a>(value: &'a Value, field: &str) -> Result<&'a Map, AnswerError> {
    value.as_object().ok_or_else(|| AnswerError::NotAnObject {
        field: field.to_string(),
    })
}

fn required<'a>(top: &'a Map, field: &str) -> Result<&'a Value, AnswerError> {
    top.get(field).ok_or_else(|| AnswerError::MissingField {
        field: field.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(answers: &str) -> String {
        format!(r#"{{"format":"knee-triage-answers","version":2,"answers":{answers}}}"#)
    }

    #[test]
    fn a_written_file_reads_back_the_same() {
        let mut a = Answers::new();
        a.set("emergency", Answer::Many(vec!["none"])).unwrap();
        a.set("duration", Answer::One("days_4_7")).unwrap();
        a.set("caffeine_cups", Answer::Number(6)).unwrap();
        assert_eq!(Answers::from_json(&a.to_json()).unwrap(), a);
    }

    #[test]
    fn each_refusal_names_its_field() {
        let cases = [
            (doc(r#"{"durations":"days_0_3"}"#), "answers.durations"),
            (doc(r#"{"duration":"days_9"}"#), "answers.duration"),
            (doc(r#"{"duration":["days_0_3"]}"#), "answers.duration"),
            (
                doc(r#"{"emergency":["none","chest_pain"]}"#),
                "answers.emergency",
            ),
            (doc(r#"{"emergency":["none","none"]}"#), "answers.emergency"),
            (doc(r#"{"emergency":[]}"#), "answers.emergency"),
            (doc(r#"{"emergency":[3]}"#), "answers.emergency"),
            (doc(r#"{"caffeine_cups":41}"#), "answers.caffeine_cups"),
            (doc(r#"{"caffeine_cups":-1}"#), "answers.caffeine_cups"),
            (doc(r#"{"caffeine_cups":2.5}"#), "answers.caffeine_cups"),
            (
                doc(r#"{"caffeine_cups":99999999999}"#),
                "answers.caffeine_cups",
            ),
            (doc("[]"), "answers"),
            (
                r#"{"format":"x","version":1,"answers":{}}"#.into(),
                "format",
            ),
            (
                r#"{"format":"knee-triage-answers","version":3,"answers":{}}"#.into(),
                "version",
            ),
            (
                r#"{"format":"knee-triage-answers","version":1,"answers":{}}"#.into(),
                "version",
            ),
            (
                r#"{"format":"knee-triage-answers","answers":{}}"#.into(),
                "version",
            ),
            (
                r#"{"format":"knee-triage-answers","version":2,"answers":{},"x":1}"#.into(),
                "x",
            ),
        ];
        for (text, field) in cases {
            let err = Answers::from_json(&text).unwrap_err();
            assert_eq!(err.field(), field, "{text}: {err}");
            assert!(err.to_string().starts_with(field), "{err}");
        }
    }

    #[test]
    fn a_hostile_key_or_choice_is_echoed_short_and_on_one_line() {
        let long = "x\n".repeat(10_000);
        for text in [
            doc(&format!(r#"{{"{long}":"a"}}"#)),
            doc(&format!(r#"{{"duration":"{long}"}}"#)),
            format!(r#"{{"format":"knee-triage-answers","version":2,"answers":{{}},"{long}":1}}"#),
            format!(r#"{{"format":"knee-triage-answers","version":"{long}","answers":{{}}}}"#),
        ] {
            let err = Answers::from_json(&text.replace('\n', "\\n")).unwrap_err();
            let message = err.to_string();
            assert!(message.chars().count() < 200, "{message}");
            assert!(!message.contains('\n'), "{message}");
        }
    }

    #[test]
    fn a_version_1_file_is_refused_as_older_not_misread() {
        let text =
            r#"{"format":"knee-triage-answers","version":1,"answers":{"emergency":["none"]}}"#;
        let err = Answers::from_json(text).unwrap_err();
        assert!(matches!(err, AnswerError::OlderVersion { .. }), "{err}");
        assert!(err.to_string().contains("earlier version"), "{err}");
    }

    #[test]
    fn text_that_is_not_json_is_refused_plainly() {
        let err = Answers::from_json("not json").unwrap_err();
        assert!(matches!(err, AnswerError::NotJson { .. }));
        assert!(err.to_string().contains("not valid JSON"));
    }

    #[test]
    fn a_question_given_twice_is_refused_as_such() {
        let text = r#"{"format":"knee-triage-answers","version":2,"answers":{"emergency":["chest_pain"],"emergency":["none"]}}"#;
        let err = Answers::from_json(text).unwrap_err();
        assert!(matches!(err, AnswerError::RepeatedKey { .. }), "{err}");
        assert_eq!(err.field(), "");
    }
}
