//! Which questions are asked, given the answers so far.
//!
//! Both the questionnaire and the triage use this one definition, so the
//! result can never depend on an answer to a question the person was not
//! shown (for example after going back and changing an earlier answer).

use super::answers::Answers;
use super::conditions::{holds, DiaryFacts};
use crate::knowledge::{Question, EMERGENCY_QUESTION, QUESTIONS};

/// Whether the answers include any emergency sign.
pub fn has_emergency_sign(answers: &Answers) -> bool {
    matches!(
        answers.get(EMERGENCY_QUESTION),
        Some(super::Answer::Many(cs)) if !cs.contains(&"none")
    )
}

/// The questions asked, in order. An emergency sign ends the questionnaire at
/// once, so nothing after the emergency check is asked.
pub fn asked_questions(answers: &Answers) -> Vec<&'static Question> {
    walk(answers).0
}

/// The answers that count: those to questions that are asked.
pub fn answers_in_force(answers: &Answers) -> Answers {
    walk(answers).1
}

pub(crate) fn walk(answers: &Answers) -> (Vec<&'static Question>, Answers) {
    let mut asked = Vec::with_capacity(QUESTIONS.len());
    let mut kept = Answers::new();
    let emergency = has_emergency_sign(answers);
    for q in QUESTIONS {
        let shown = if emergency {
            q.id == EMERGENCY_QUESTION
        } else {
            // Conditions only look at earlier questions, so checking them
            // against the answers kept so far is enough.
            holds(&q.asked_when, &kept, &DiaryFacts::default()).is_some()
        };
        if shown {
            asked.push(q);
            if let Some(a) = answers.get(q.id) {
                kept.keep(q.id, a.clone());
            }
        }
    }
    (asked, kept)
}

/// The first asked question still without an answer, if any.
pub fn first_unanswered(answers: &Answers) -> Option<&'static Question> {
    asked_questions(answers)
        .into_iter()
        .find(|q| answers.get(q.id).is_none())
}
