//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

#[cfg(not(target_arch = "wasm32"))]
pub mod strategies;

use knee_triage::engine::{Answer, Answers};
use knee_triage::knowledge::{question, AnswerKind, Level, When};

/// A file of the shared specification, beside this repository.
pub fn spec_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/spec")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}): shared/ must sit beside the repository",
            path.display()
        )
    })
}

/// The rows of the first markdown table whose first cell matches `is_id`.
pub fn table_rows(markdown: &str, is_id: impl Fn(&str) -> bool) -> Vec<Vec<String>> {
    markdown
        .lines()
        .filter_map(|line| {
            let cells: Vec<String> = line
                .trim()
                .strip_prefix('|')?
                .strip_suffix('|')?
                .split('|')
                .map(|c| c.trim().to_string())
                .collect();
            is_id(&cells[0]).then_some(cells)
        })
        .collect()
}

/// `C12` style ids: a letter prefix then digits.
pub fn is_coverage_id(prefix: &str, cell: &str) -> bool {
    cell.strip_prefix(prefix)
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

pub fn level_from_id(id: &str) -> Level {
    *Level::ALL
        .iter()
        .find(|l| l.id() == id)
        .unwrap_or_else(|| panic!("unknown level {id}"))
}

/// Adds answers that make `when` hold, and makes sure every question they
/// touch is actually asked. Panics if the knowledge cannot be satisfied,
/// which is itself a defect (a rule no answer can reach).
pub fn satisfy(when: &When, answers: &mut Answers) {
    match when {
        // Diary conditions are met by diary facts, not answers (see `diary_for`).
        When::Always | When::DiaryOverTwoWeeks | When::DiaryRising => {}
        When::Picked(q, c) => pick(answers, q, c),
        When::AtLeast(q, c) => pick(answers, q, c),
        When::NumberAtLeast(q, n) => {
            answers.set(q, Answer::Number(*n)).expect("number in range");
            ask(q, answers);
        }
        When::AnyPickedBut(q, none) => {
            let first = question(q)
                .and_then(|qq| qq.choices.iter().find(|c| c.id != *none && !c.exclusive))
                .expect("a choice besides none");
            pick(answers, q, first.id);
        }
        When::Unanswered(q) => {
            answers.clear(q);
            ask(q, answers);
        }
        // Fresh answers name no trigger, so a "not" of one already holds.
        When::Not(_) => {}
        When::All(parts) => parts.iter().for_each(|p| satisfy(p, answers)),
        When::Any(parts) => satisfy(&parts[0], answers),
    }
}

/// Picks a choice, keeping earlier picks of a multi-choice question.
pub fn pick(answers: &mut Answers, q: &str, c: &'static str) {
    let qq = question(q).unwrap_or_else(|| panic!("no question {q}"));
    let answer = match qq.kind {
        AnswerKind::Many => {
            let mut cs = match answers.get(q) {
                Some(Answer::Many(cs)) => cs.clone(),
                _ => Vec::new(),
            };
            let exclusive = qq.choices.iter().any(|ch| ch.id == c && ch.exclusive);
            cs.retain(|old| {
                !exclusive && qq.choices.iter().any(|ch| ch.id == *old && !ch.exclusive)
            });
            if !cs.contains(&c) {
                cs.push(c);
            }
            Answer::Many(cs)
        }
        _ => Answer::One(c),
    };
    answers.set(q, answer).unwrap_or_else(|e| panic!("{e}"));
    ask(q, answers);
}

fn ask(q: &str, answers: &mut Answers) {
    if let Some(qq) = question(q) {
        satisfy(&qq.asked_when, answers);
    }
}

/// Diary facts that meet every diary condition, for rules that read the diary.
pub fn diary_for(when: &When) -> knee_triage::engine::DiaryFacts {
    if when.uses_diary() {
        knee_triage::engine::DiaryFacts {
            span_days: 20,
            over_two_weeks: true,
            rising: true,
        }
    } else {
        knee_triage::engine::DiaryFacts::default()
    }
}

/// Every question answered in the calmest way: "None of these", the first
/// (least concerning) choice, or 0. Rules that need an answer left out
/// clear it themselves (`satisfy`).
pub fn calm_answers() -> Answers {
    let mut answers = Answers::new();
    for q in knee_triage::knowledge::QUESTIONS {
        let answer = match q.kind {
            AnswerKind::Many => {
                let none = q
                    .choices
                    .iter()
                    .find(|c| c.id == "none")
                    .unwrap_or(&q.choices[0]);
                Answer::Many(vec![none.id])
            }
            AnswerKind::One => Answer::One(q.choices[0].id),
            AnswerKind::Number { min, .. } => Answer::Number(min),
        };
        answers.set(q.id, answer).expect("a valid calm answer");
    }
    answers
}
