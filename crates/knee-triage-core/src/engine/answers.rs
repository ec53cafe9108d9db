//! A person's answers, always valid against the knowledge.
//!
//! Answers can only be built through checked paths ([`Answers::set`] and the
//! JSON reader), so the engine never meets an unknown question, an unknown
//! choice or a "None of these" mixed with a symptom. Ids are interned to the
//! knowledge's own `&'static str`s so answers are cheap to copy and compare.

use std::fmt;

use crate::formats::refusal::Refusal;
use crate::knowledge::{question, AnswerKind, Question};

/// The answer to one question.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// The id of the one choice picked (radios).
    One(&'static str),
    /// The ids of every choice picked (checkboxes), never empty.
    Many(Vec<&'static str>),
    /// A whole number in the question's range (cups of coffee a day).
    Number(u32),
}

/// Answers keyed by question id.
///
/// A short list kept in id order rather than a map: with at most one entry
/// per question (19), a scan that compares lengths before bytes is several
/// times cheaper than a tree's ordered string comparisons, and triage looks
/// answers up about a hundred times.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    given: Vec<(&'static str, Answer)>,
}

/// Why an answer or an answers file was refused. Each names the field at fault
/// so a person or a reviewer can find it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The text is not JSON at all, so nothing in it can be trusted.
    NotJson {
        /// The JSON reader's own words and position, for the person to look at.
        detail: String,
    },
    /// The same key twice in one object: JSON allows it, but which value
    /// was meant cannot be known, so the file is refused.
    RepeatedKey {
        /// The JSON reader's words, with the line and column of the second key.
        detail: String,
    },
    /// A value that must be an object (the file, `answers`) is not one.
    NotAnObject {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
    },
    /// A field the format requires is not there.
    MissingField {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
    },
    /// A field the format does not have: refused rather than ignored, so a typo
    /// cannot silently drop an answer.
    UnknownField {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
    },
    /// The file names another format, so it is not an answers file.
    WrongFormat {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
    },
    /// A version this widget does not know, perhaps written by a newer one.
    UnsupportedVersion {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// The version the file gives.
        found: String,
    },
    /// A file from an earlier version, whose choices meant something else.
    OlderVersion {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// The version the file gives.
        found: String,
    },
    /// An answer to a question the questionnaire does not have.
    UnknownQuestion {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
    },
    /// A choice the question does not offer.
    UnknownChoice {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// The choice as the file gave it.
        choice: String,
    },
    /// A value of the wrong JSON type for its question.
    WrongType {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// How the value should be written, in words for the message.
        expected: &'static str,
    },
    /// "None of these" or "Not sure" picked with other choices, which it
    /// contradicts.
    NotAlone {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// The choice that must stand alone.
        choice: &'static str,
    },
    /// The same choice picked twice.
    Repeated {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// The repeated choice.
        choice: &'static str,
    },
    /// An empty list of choices: leaving the question out says "not answered"
    /// plainly.
    NothingChosen {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
    },
    /// A number outside what the question accepts.
    OutOfRange {
        /// Where, as a JSON path (`version`, `answers.duration`).
        field: String,
        /// The smallest number accepted.
        min: u32,
        /// The largest number accepted.
        max: u32,
    },
}

impl AnswerError {
    /// The JSON path of the field at fault (`answers.duration`), or "" when
    /// the document as a whole could not be read.
    pub fn field(&self) -> &str {
        use AnswerError::*;
        match self {
            NotJson { .. } | RepeatedKey { .. } => "",
            NotAnObject { field }
            | MissingField { field }
            | UnknownField { field }
            | WrongFormat { field }
            | UnsupportedVersion { field, .. }
            | OlderVersion { field, .. }
            | UnknownQuestion { field }
            | UnknownChoice { field, .. }
            | WrongType { field, .. }
            | NotAlone { field, .. }
            | Repeated { field, .. }
            | NothingChosen { field }
            | OutOfRange { field, .. } => field,
        }
    }
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use AnswerError::*;
        match self {
            NotJson { detail } => write!(f, "the file is not valid JSON ({detail})"),
            RepeatedKey { detail } => write!(f, "the file gives the same field twice ({detail})"),
            NotAnObject { field } => Refusal::NotAnObject.write(f, field),
            MissingField { field } => Refusal::MissingField.write(f, field),
            UnknownField { field } => Refusal::UnknownField.write(f, field),
            WrongFormat { field } => write!(
                f,
                "{field}: this is not a knee-triage answers file (expected \"{}\")",
                crate::formats::FORMAT_NAME
            ),
            UnsupportedVersion { field, found } => write!(
                f,
                "{field}: version {found} is not supported (this widget reads version {})",
                crate::formats::FORMAT_VERSION
            ),
            OlderVersion { field, found } => write!(
                f,
                "{field}: version {found} comes from an earlier version of this checker whose questions have changed meaning, so it cannot be read safely; answer the questions again (this widget reads version {})",
                crate::formats::FORMAT_VERSION
            ),
            UnknownQuestion { field } => write!(f, "{field}: there is no such question"),
            UnknownChoice { field, choice } => {
                write!(f, "{field}: \"{choice}\" is not a choice of this question")
            }
            WrongType { field, expected } => Refusal::WrongType { expected }.write(f, field),
            NotAlone { field, choice } => {
                write!(
                    f,
                    "{field}: \"{choice}\" cannot be combined with other choices"
                )
            }
            Repeated { field, choice } => Refusal::Repeated { choice }.write(f, field),
            NothingChosen { field } => {
                write!(
                    f,
                    "{field}: pick at least one choice, or leave the question out"
                )
            }
            OutOfRange { field, min, max } => {
                Refusal::OutOfRange { min: *min, max: *max }.write(f, field)
            }
        }
    }
}

impl std::error::Error for AnswerError {}

impl Answers {
    /// Nothing answered yet: where the questionnaire starts.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Checks an answer against its question and stores it.
    pub fn set(&mut self, question_id: &str, answer: Answer) -> Result<(), AnswerError> {
        let field = format!("answers.{question_id}");
        let q = question(question_id).ok_or_else(|| AnswerError::UnknownQuestion {
            field: field.clone(),
        })?;
        check(q, &answer, &field)?;
        self.keep(q.id, answer);
        Ok(())
    }

    /// Stores an answer that was already checked, such as one copied from
    /// another `Answers`; skips the checks on the engine's hot path.
    pub(crate) fn keep(&mut self, question_id: &'static str, answer: Answer) {
        match self.given.binary_search_by(|(q, _)| (*q).cmp(question_id)) {
            Ok(at) => self.given[at].1 = answer,
            Err(at) => self.given.insert(at, (question_id, answer)),
        }
    }

    /// Removes an answer, so the question counts as not answered.
    pub fn clear(&mut self, question_id: &str) {
        self.given.retain(|(q, _)| *q != question_id);
    }

    /// The answer to a question, or `None` when it was not answered.
    pub fn get(&self, question_id: &str) -> Option<&Answer> {
        // The knowledge names questions with the same string constants the
        // answers were interned to, so an address check usually finds the
        // answer without comparing any text; the text check stays the rule.
        let same_constant = |q: &&str| std::ptr::eq(*q, question_id);
        self.given
            .iter()
            .find(|(q, _)| same_constant(q))
            .or_else(|| self.given.iter().find(|(q, _)| same_id(q, question_id)))
            .map(|(_, a)| a)
    }

    /// Whether this choice was picked for this question.
    pub fn picked(&self, question_id: &str, choice_id: &str) -> bool {
        match self.get(question_id) {
            Some(Answer::One(c)) => *c == choice_id,
            Some(Answer::Many(cs)) => cs.contains(&choice_id),
            _ => false,
        }
    }

    /// Whether nothing is answered, so the UI can offer to start rather than
    /// resume.
    pub fn is_empty(&self) -> bool {
        self.given.is_empty()
    }

    /// Every answer, in question-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Answer)> + '_ {
        self.given.iter().map(|(q, a)| (*q, a))
    }
}

/// Id equality that rules most ids out by length and first letter before
/// comparing text, the engine's most frequent comparison.
fn same_id(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Interns a choice id of a question, or says which field holds an unknown one.
pub(crate) fn intern_choice(
    q: &Question,
    id: &str,
    field: &str,
) -> Result<&'static str, AnswerError> {
    q.choices
        .iter()
        .find(|c| c.id == id)
        .map(|c| c.id)
        .ok_or_else(|| AnswerError::UnknownChoice {
            field: field.to_string(),
            choice: crate::formats::refusal::echo(id),
        })
}

fn check(q: &Question, answer: &Answer, field: &str) -> Result<(), AnswerError> {
    match (q.kind, answer) {
        (AnswerKind::One, Answer::One(c)) => intern_choice(q, c, field).map(|_| ()),
        (AnswerKind::Many, Answer::Many(cs)) => {
            if cs.is_empty() {
                return Err(AnswerError::NothingChosen {
                    field: field.to_string(),
                });
            }
            for (i, c) in cs.iter().enumerate() {
                let id = intern_choice(q, c, field)?;
                if cs[..i].contains(&id) {
                    return Err(AnswerError::Repeated {
                        field: field.to_string(),
                        choice: id,
                    });
                }
                let exclusive = q.choices.iter().any(|ch| ch.id == id && ch.exclusive);
                if exclusive && cs.len() > 1 {
                    return Err(AnswerError::NotAlone {
                        field: field.to_string(),
                        choice: id,
                    });
                }
            }
            Ok(())
        }
        (AnswerKind::Number { min, max }, Answer::Number(n)) => {
            if (min..=max).contains(n) {
                Ok(())
            } else {
                Err(AnswerError::OutOfRange {
                    field: field.to_string(),
                    min,
                    max,
                })
            }
        }
        (kind, _) => Err(AnswerError::WrongType {
            field: field.to_string(),
            expected: expected_type(kind),
        }),
    }
}

/// How a question's answer is written in JSON, for error messages.
pub(crate) fn expected_type(kind: AnswerKind) -> &'static str {
    match kind {
        AnswerKind::One => "one choice id (a string)",
        AnswerKind::Many => "a list of choice ids (an array of strings)",
        AnswerKind::Number { .. } => "a whole number",
    }
}
