//! Checks a knowledge condition against the answers and keeps the evidence.
//!
//! The evidence is the list of answers that made the condition hold, so the
//! result page can say "because you told us ..." for every rule that fired.

use serde::Serialize;

use super::answers::{Answer, Answers};
use crate::knowledge::{question, When};

/// One answer that made a condition hold. With neither a choice nor a
/// number it is a question that was asked but left unanswered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The question answered, or asked and left unanswered.
    pub question: &'static str,
    /// The choice that made the condition hold, for a choice question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choice: Option<&'static str>,
    /// The number given, for a number question.
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
    /// Logged over more than two weeks: the articles' sign of lasting
    /// twitching.
    pub over_two_weeks: bool,
    /// Twitching getting more frequent over the last two weeks, by the margin
    /// of `Diary::stats`.
    pub rising: bool,
}

/// The question id under which diary evidence is reported.
pub const DIARY_EVIDENCE: &str = "diary";

/// What a condition is checked against: the answers in force, what the
/// diary shows, and the asked questions left unanswered.
#[derive(Clone, Copy)]
pub struct Facts<'a> {
    pub answers: &'a Answers,
    pub diary: &'a DiaryFacts,
    pub unanswered: &'a [&'static str],
}

impl<'a> Facts<'a> {
    /// Only the answers: for "asked when" conditions and causes.
    pub fn answers(answers: &'a Answers) -> Facts<'a> {
        const NO_DIARY: &DiaryFacts = &DiaryFacts {
            span_days: 0,
            over_two_weeks: false,
            rising: false,
        };
        Facts {
            answers,
            diary: NO_DIARY,
            unanswered: &[],
        }
    }
}

/// Whether a condition of the knowledge holds on these answers alone (no
/// diary, nothing unanswered): what the result's texts are checked against.
pub fn condition_holds(when: &When, answers: &Answers) -> bool {
    holds(when, Facts::answers(answers)).is_some()
}

/// `Some(evidence)` when the condition holds, `None` when it does not.
pub fn holds(when: &When, facts: Facts<'_>) -> Option<Vec<Evidence>> {
    let Facts { answers, diary, .. } = facts;
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
        // A missing answer is evidence of its own: "not answered".
        When::Unanswered(q) => facts.unanswered.contains(q).then(|| {
            vec![Evidence {
                question: q,
                choice: None,
                number: None,
            }]
        }),
        When::Not(inner) => match holds(inner, facts) {
            Some(_) => None,
            None => Some(Vec::new()),
        },
        When::All(parts) => {
            let mut evidence = Vec::new();
            for part in *parts {
                evidence.extend(holds(part, facts)?);
            }
            Some(evidence)
        }
        When::Any(parts) => {
            // A part can hold with no evidence (Always, Not): still a hold.
            let mut any = false;
            let mut evidence: Vec<Evidence> = Vec::new();
            for part in *parts {
                if let Some(found) = holds(part, facts) {
                    any = true;
                    evidence.extend(found);
                }
            }
            any.then_some(evidence)
        }
    }
}
