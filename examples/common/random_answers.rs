//! Random answer sets a person could give in a FHIR form filler, for the
//! checks that other tools compute the same level as the engine
//! (`fhir cases`, docs/fhir.md).
//!
//! Each set walks the questions in order. A question gets an answer only
//! when the form would show it: after "None of these" at the emergency
//! check, and when its `enableWhen` holds on the answers given so far. Any
//! question may be left blank, as in any form, which exercises the engine's
//! cautious reading of a missing answer. Each set has its own share of the
//! calmest answers (from a third to nearly all), so that every level,
//! self-care too, is common enough to check.

use knee_triage::engine::{condition_holds, Answer, Answers};
use knee_triage::knowledge::{AnswerKind, Question, EMERGENCY_QUESTION, QUESTIONS};

// The fuzzing's seeded generator: the same seed gives the same sets on
// every machine, so a disagreement can be replayed.
pub use crate::rng::Rng;

/// One random answer set, as a person could give it in the form.
pub fn random_answers(rng: &mut Rng) -> Answers {
    let calm = [30, 60, 85, 97][rng.below(4)];
    let blank = [0, 0, 7][rng.below(3)];
    let mut answers = Answers::new();
    for q in QUESTIONS {
        let shown = if q.id == EMERGENCY_QUESTION {
            true
        } else {
            answers.picked(EMERGENCY_QUESTION, "none") && condition_holds(&q.asked_when, &answers)
        };
        if !shown || rng.percent(blank) {
            continue;
        }
        let answer = if q.id == EMERGENCY_QUESTION && rng.percent(85) {
            Answer::Many(vec!["none"])
        } else {
            random_answer(q, calm, rng)
        };
        // Every answer drawn fits its question; one that did not would only
        // leave the question blank.
        let _ = answers.set(q.id, answer);
    }
    answers
}

fn random_answer(q: &Question, calm_percent: u64, rng: &mut Rng) -> Answer {
    let calm = rng.percent(calm_percent);
    match q.kind {
        AnswerKind::Number { max, .. } => {
            let top = if calm { 3 } else { max.min(12) };
            Answer::Number(rng.below(top as usize + 1) as u32)
        }
        AnswerKind::One => {
            let i = if calm { 0 } else { rng.below(q.choices.len()) };
            Answer::One(q.choices[i].id)
        }
        AnswerKind::Many => {
            let alone: Vec<&str> = q
                .choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| c.id)
                .collect();
            let others: Vec<&str> = q
                .choices
                .iter()
                .filter(|c| !c.exclusive)
                .map(|c| c.id)
                .collect();
            if (calm || rng.percent(15)) && !alone.is_empty() {
                // "None of these" most often, "Not sure" where there is one.
                let i = if rng.percent(80) {
                    0
                } else {
                    rng.below(alone.len())
                };
                return Answer::Many(vec![alone[i]]);
            }
            let mut picked: Vec<&str> = Vec::new();
            for _ in 0..=rng.below(3) {
                let c = others[rng.below(others.len())];
                if !picked.contains(&c) {
                    picked.push(c);
                }
            }
            Answer::Many(picked)
        }
    }
}
