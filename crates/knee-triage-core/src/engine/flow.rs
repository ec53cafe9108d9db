//! Which questions are asked, given the answers so far.
//!
//! Both the questionnaire and the triage use this one definition, so the
//! result can never depend on an answer to a question the person was not
//! shown (for example after going back and changing an earlier answer).

use std::borrow::Cow;

use super::answers::{Answer, Answers};
use super::conditions::{holds, Facts};
use crate::knowledge::{AnswerKind, Question, EMERGENCY_QUESTION, QUESTIONS};

/// Whether the answers include any emergency sign.
pub fn has_emergency_sign(answers: &Answers) -> bool {
    matches!(
        answers.get(EMERGENCY_QUESTION),
        Some(Answer::Many(cs)) if !cs.contains(&"none")
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
    let read = read(answers, false);
    (read.asked, read.answers)
}

/// The answers as triage reads them, and the asked questions left unanswered.
///
/// An asked question that the answers leave out (only a loaded file can)
/// counts as its cautious "not sure" choice where it has one; either way it
/// is listed, so the result can say which answers were missing. Questions
/// are read in order, so a "not sure" duration also asks the questions that
/// a long duration would.
pub(crate) fn read_cautiously(answers: &Answers) -> (Cow<'_, Answers>, Vec<&'static str>) {
    let read = read(answers, true);
    (read.answers, read.unanswered)
}

/// One pass over the questionnaire, as `walk` and `read_cautiously` need it.
struct Read<'a> {
    asked: Vec<&'static Question>,
    answers: Cow<'a, Answers>,
    unanswered: Vec<&'static str>,
}

/// Walks the questions in order, keeping the answers to asked questions and,
/// when `cautious`, filling each asked one left out with its "not sure"
/// choice, so later "asked when" conditions see the cautious reading.
fn read(answers: &Answers, cautious: bool) -> Read<'_> {
    let mut asked: Vec<&'static Question> = Vec::with_capacity(QUESTIONS.len());
    let mut unanswered = Vec::new();
    // `None` while the answers in force are the given ones unchanged.
    let mut kept: Option<Answers> = None;
    let emergency = has_emergency_sign(answers);
    // The given answers to the questions asked so far, for when the answers
    // in force first stop being the given ones.
    let copy_asked = |asked: &[&'static Question]| {
        let mut in_force = Answers::new();
        for a in asked {
            if let Some(answer) = answers.get(a.id) {
                in_force.keep(a.id, answer.clone());
            }
        }
        in_force
    };
    for q in QUESTIONS {
        let shown = if emergency {
            q.id == EMERGENCY_QUESTION
        } else {
            // Conditions only look at earlier questions, so checking them
            // against the answers in force so far is enough; while nothing
            // was dropped or filled those are the given answers themselves.
            let so_far = kept.as_ref().unwrap_or(answers);
            holds(&q.asked_when, Facts::answers(so_far)).is_some()
        };
        let given = answers.get(q.id);
        if !shown {
            if given.is_some() && kept.is_none() {
                kept = Some(copy_asked(&asked));
            }
            continue;
        }
        asked.push(q);
        match given {
            Some(a) => {
                if let Some(kept) = kept.as_mut() {
                    kept.keep(q.id, a.clone());
                }
            }
            None if cautious => {
                unanswered.push(q.id);
                if let Some(not_sure) = q.if_missing {
                    let answer = match q.kind {
                        AnswerKind::Many => Answer::Many(vec![not_sure]),
                        _ => Answer::One(not_sure),
                    };
                    kept.get_or_insert_with(|| copy_asked(&asked))
                        .keep(q.id, answer);
                }
            }
            None => {}
        }
    }
    Read {
        asked,
        answers: kept.map_or(Cow::Borrowed(answers), Cow::Owned),
        unanswered,
    }
}

/// The answers exactly as the triage reads them (see `read_cautiously`),
/// for tests and reviewers that check a result against its answers.
pub fn answers_as_read(answers: &Answers) -> Answers {
    read_cautiously(answers).0.into_owned()
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
    fn a_missing_answer_is_read_as_not_sure_and_asks_what_that_would_ask() {
        // "How long" left out reads as "not sure" (the longest), which asks
        // "have you tried self-care?": the answer the file gives to it counts.
        let given = answers(&[
            ("emergency", Answer::Many(vec!["none"])),
            ("lifestyle_tried", Answer::One("yes")),
        ]);
        let (read, unanswered) = read_cautiously(&given);
        assert_eq!(read.get("duration"), Some(&Answer::One("not_sure")));
        assert_eq!(read.get("lifestyle_tried"), Some(&Answer::One("yes")));
        assert!(unanswered.contains(&"duration"));
        assert!(!unanswered.contains(&"lifestyle_tried"));
        // Without the cautious reading nothing is filled and the follow-up
        // is not asked.
        let (asked, in_force) = walk(&given);
        assert!(in_force.get("duration").is_none());
        assert!(!asked.iter().any(|q| q.id == "lifestyle_tried"));
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
