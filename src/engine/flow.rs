//! Which questions are asked, given the answers so far.
//!
//! Both the questionnaire and the triage use this one definition, so the
//! result can never depend on an answer to a question the person was not
//! shown (for example after going back and changing an earlier answer).

use std::borrow::Cow;

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
    walk(answers).1.into_owned()
}

/// The asked questions and the answers in force. The answers are only
/// copied when some must be dropped (an answer to a question that is no
/// longer asked), which is rare: a triage usually borrows them.
pub(crate) fn walk(answers: &Answers) -> (Vec<&'static Question>, Cow<'_, Answers>) {
    let mut asked: Vec<&'static Question> = Vec::with_capacity(QUESTIONS.len());
    // `None` while every answer so far belongs to an asked question.
    let mut kept: Option<Answers> = None;
    let emergency = has_emergency_sign(answers);
    for q in QUESTIONS {
        let shown = if emergency {
            q.id == EMERGENCY_QUESTION
        } else {
            // Conditions only look at earlier questions, so checking them
            // against the answers in force so far is enough; while nothing
            // was dropped those are the given answers themselves.
            let so_far = kept.as_ref().unwrap_or(answers);
            holds(&q.asked_when, so_far, &DiaryFacts::default()).is_some()
        };
        let given = answers.get(q.id);
        if shown {
            asked.push(q);
            if let (Some(kept), Some(a)) = (kept.as_mut(), given) {
                kept.keep(q.id, a.clone());
            }
        } else if given.is_some() && kept.is_none() {
            let mut in_force = Answers::new();
            for a in &asked {
                if let Some(answer) = answers.get(a.id) {
                    in_force.keep(a.id, answer.clone());
                }
            }
            kept = Some(in_force);
        }
    }
    (asked, kept.map_or(Cow::Borrowed(answers), Cow::Owned))
}

/// The first asked question still without an answer, if any.
pub fn first_unanswered(answers: &Answers) -> Option<&'static Question> {
    asked_questions(answers)
        .into_iter()
        .find(|q| answers.get(q.id).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Answer;

    fn answers(given: &[(&str, Answer)]) -> Answers {
        let mut a = Answers::new();
        for (q, answer) in given {
            a.set(q, answer.clone()).expect("valid answer");
        }
        a
    }

    #[test]
    fn answers_to_questions_no_longer_asked_do_not_count() {
        // "Has a medicine changed?" is only asked about certain medicines;
        // after the person changes that answer, the follow-up must not count.
        let given = answers(&[
            ("duration", Answer::One("days_0_3")),
            ("medicines", Answer::Many(vec!["none"])),
            ("medicine_change", Answer::One("yes")),
        ]);
        let (asked, in_force) = walk(&given);
        assert!(matches!(in_force, Cow::Owned(_)));
        assert!(in_force.get("medicine_change").is_none());
        assert!(in_force.get("duration").is_some());
        assert!(!asked.iter().any(|q| q.id == "medicine_change"));
    }

    #[test]
    fn answers_that_all_count_are_borrowed_not_copied() {
        let given = answers(&[
            ("medicines", Answer::Many(vec!["diuretic"])),
            ("medicine_change", Answer::One("yes")),
        ]);
        let (_, in_force) = walk(&given);
        assert!(matches!(in_force, Cow::Borrowed(_)));
        assert_eq!(*in_force, given);
    }

    #[test]
    fn an_emergency_sign_leaves_only_the_emergency_answer() {
        let given = answers(&[
            ("emergency", Answer::Many(vec!["chest_pain"])),
            ("duration", Answer::One("days_0_3")),
        ]);
        let in_force = answers_in_force(&given);
        assert!(in_force.get("duration").is_none());
        assert!(in_force.get("emergency").is_some());
    }
}
