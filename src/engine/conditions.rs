//! Checks a knowledge condition against the answers and keeps the evidence.
//!
//! The evidence is the list of answers that made the condition hold, so the
//! result page can say "because you told us ..." for every rule that fired.

use serde::Serialize;

use super::answers::{Answer, Answers};
use crate::knowledge::{question, When};

/// One answer that made a condition hold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub question: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
}

impl Evidence {
    fn choice(question: &'static str, choice: &'static str) -> Evidence {
        Evidence {
            question,
            choice: Some(choice),
            number: None,
        }
    }
}

/// What the symptom diary says, as far as the rules need it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiaryFacts {
    /// Days from the first to the last logged episode.
    pub span_days: u32,
    pub over_two_weeks: bool,
    pub rising: bool,
}

/// The question id under which diary evidence is reported.
pub const DIARY_EVIDENCE: &str = "diary";

/// `Some(evidence)` when the condition holds, `None` when it does not.
pub fn holds(when: &When, answers: &Answers, diary: &DiaryFacts) -> Option<Vec<Evidence>> {
    match when {
        When::DiaryOverTwoWeeks => diary.over_two_weeks.then(|| {
            vec![Evidence {
                question: DIARY_EVIDENCE,
                choice: Some("over_two_weeks"),
                number: Some(diary.span_days),
            }]
        }),
        When::DiaryRising => diary
            .rising
            .then(|| vec![Evidence::choice(DIARY_EVIDENCE, "rising")]),
        When::Always => Some(Vec::new()),
        When::Picked(q, c) => answers.picked(q, c).then(|| vec![Evidence::choice(q, c)]),
        When::AtLeast(q, floor) => {
            let Some(Answer::One(given)) = answers.get(q) else {
                return None;
            };
            let question = question(q)?;
            let given_at = question.choice_index(given)?;
            (given_at >= question.choice_index(floor)?).then(|| vec![Evidence::choice(q, given)])
        }
        When::NumberAtLeast(q, floor) => match answers.get(q) {
            Some(Answer::Number(n)) if n >= floor => Some(vec![Evidence {
                question: q,
                choice: None,
                number: Some(*n),
            }]),
            _ => None,
        },
        When::AnyPickedBut(q, none) => match answers.get(q) {
            Some(Answer::Many(cs)) if !cs.contains(none) => {
                Some(cs.iter().map(|c| Evidence::choice(q, c)).collect())
            }
            _ => None,
        },
        When::All(parts) => {
            let mut evidence = Vec::new();
            for part in *parts {
                evidence.extend(holds(part, answers, diary)?);
            }
            Some(evidence)
        }
        When::Any(parts) => {
            let mut evidence: Vec<Evidence> = Vec::new();
            for part in *parts {
                if let Some(found) = holds(part, answers, diary) {
                    evidence.extend(found);
                }
            }
            (!evidence.is_empty() || parts.iter().any(|p| matches!(p, When::Always)))
                .then_some(evidence)
        }
    }
}
