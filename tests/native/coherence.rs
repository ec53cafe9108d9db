//! The advice as a whole agrees with itself, over 100,000 random answer sets.
//!
//! A checker is unsafe when its parts disagree: a green card beside a cause
//! card that says "see a doctor about this", exercise advice for a swollen
//! knee, or "stress" listed first for a weak leg. Each property below is a
//! rule of content-coverage.md ("Rules for the advice as a whole") checked
//! against the knowledge's own data, so a new text or rule that breaks one
//! fails here. The counts are printed (`cargo test -- --show-output`).

use std::cell::Cell;

use proptest::test_runner::{Config, TestCaseError, TestRunner};

use crate::common::strategies::any_answers;

use knee_triage::engine::{answers_as_read, condition_holds, triage, Answer, Answers, Outcome};
use knee_triage::knowledge::{
    cause, question, AnswerKind, Level, LIFESTYLE_TRIGGER, QUESTIONS, REMEDIES, REST_THE_LEG, RULES,
};

const CASES: u32 = 100_000;

/// Runs `check` on `CASES` random answer sets and prints how many it saw
/// and how many of them the property had something to say about.
fn over_random_answers(
    name: &str,
    check: impl Fn(&Answers, &Outcome, &Cell<u32>) -> Result<(), TestCaseError>,
) {
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    let seen = Cell::new(0u32);
    let relevant = Cell::new(0u32);
    let result = runner.run(&any_answers(), |answers| {
        seen.set(seen.get() + 1);
        check(&answers, &triage(&answers), &relevant)
    });
    println!(
        "{name}: {} random answer sets, {} where it applied",
        seen.get(),
        relevant.get()
    );
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    assert!(seen.get() >= CASES, "{name}: only {} cases ran", seen.get());
    assert!(
        relevant.get() > 0,
        "{name}: never applied, so it proves nothing"
    );
}

fn count(c: &Cell<u32>) {
    c.set(c.get() + 1);
}

#[test]
fn no_text_asks_for_more_care_than_the_level_gives() {
    over_random_answers(
        "doctor advice agrees with the level",
        |answers, o, applied| {
            let read = answers_as_read(answers);
            // The cause cards' "what to do" (an emergency page shows none).
            if o.level != Level::Emergency {
                for c in &o.causes {
                    let known = cause(c.cause).expect("a known cause");
                    for s in known.see_doctor {
                        if condition_holds(&s.when, &read) {
                            count(applied);
                            proptest::prop_assert!(
                                o.level >= s.level,
                                "cause {} asks for {:?} on {:?} at {:?}",
                                c.cause,
                                s.level,
                                s.when,
                                o.level
                            );
                        }
                    }
                }
            }
            // Self-care that is itself a visit.
            for id in &o.self_care {
                let r = REMEDIES
                    .iter()
                    .find(|r| r.id == *id)
                    .expect("a known remedy");
                for s in r.see_doctor {
                    if condition_holds(&s.when, &read) {
                        count(applied);
                        proptest::prop_assert!(o.level >= s.level, "{id} at {:?}", o.level);
                    }
                }
            }
            // "Get help sooner if ..." never names a sign the person has.
            for w in &o.watch_for {
                let rule = RULES.iter().find(|r| r.id == w.rule).expect("a known rule");
                proptest::prop_assert!(
                    !condition_holds(&rule.when, &read),
                    "watch-for {} already holds",
                    w.rule
                );
                proptest::prop_assert!(w.level > o.level);
            }
            Ok(())
        },
    );
}

#[test]
fn self_care_never_works_against_a_warning_sign() {
    over_random_answers(
        "no exercise, heat or massage with a hurt or weak leg",
        |answers, o, applied| {
            let read = answers_as_read(answers);
            for id in &o.self_care {
                let r = REMEDIES
                    .iter()
                    .find(|r| r.id == *id)
                    .expect("a known remedy");
                if let Some(not_with) = &r.not_with {
                    proptest::prop_assert!(
                        !condition_holds(not_with, &read),
                        "{id} shown against its sign"
                    );
                }
            }
            if condition_holds(&REST_THE_LEG, &read) && o.level != Level::Emergency {
                count(applied);
                for banned in ["H3", "H4", "H6"] {
                    proptest::prop_assert!(
                        !o.self_care.contains(&banned),
                        "{banned} with {read:?}"
                    );
                }
                proptest::prop_assert!(o.self_care.contains(&"H4-rest-cold"), "no first aid");
            }
            Ok(())
        },
    );
}

#[test]
fn a_warning_sign_is_never_explained_first_by_an_everyday_cause() {
    over_random_answers(
        "a benign cause is never listed first beside a warning sign",
        |_, o, applied| {
            let groups = o.causes_grouped();
            proptest::prop_assert!(groups.main.iter().all(|c| !c.rare));
            proptest::prop_assert!(groups.rare.iter().all(|c| c.rare));
            if o.level > Level::SelfCare {
                count(applied);
                proptest::prop_assert!(groups.main.iter().all(|c| !c.everyday));
                if let Some(first) = o.causes.iter().find(|c| !c.rare) {
                    if o.causes.iter().any(|c| !c.everyday && !c.rare) {
                        proptest::prop_assert!(!first.everyday, "{} first", first.cause);
                    }
                }
            } else {
                proptest::prop_assert!(groups.also.is_empty());
            }
            for group in [&groups.main, &groups.rare, &groups.also] {
                for pair in group.windows(2) {
                    proptest::prop_assert!(pair[0].weight >= pair[1].weight);
                }
            }
            Ok(())
        },
    );
}

/// Every way an answer can get worse: one more symptom ticked, or a later
/// choice of an ordered question (other than "not sure"). Lifestyle triggers (hard exercise, coffee,
/// stress...) are not "worse": they explain twitching and so may lower it.
fn worse_answers(answers: &Answers) -> Vec<Answers> {
    let mut triggers = Vec::new();
    LIFESTYLE_TRIGGER.leaves(&mut triggers);
    let is_trigger_question = |q: &str| triggers.iter().any(|(t, _)| *t == q);
    let mut out = Vec::new();
    for q in QUESTIONS.iter().filter(|q| !is_trigger_question(q.id)) {
        let mut with = |answer: Answer| {
            let mut more = answers.clone();
            if more.set(q.id, answer).is_ok() {
                out.push(more);
            }
        };
        match (q.kind, answers.get(q.id)) {
            (AnswerKind::Many, Some(Answer::Many(cs))) => {
                for c in q
                    .choices
                    .iter()
                    .filter(|c| !c.exclusive && !cs.contains(&c.id))
                {
                    let mut more: Vec<&'static str> = cs
                        .iter()
                        .copied()
                        .filter(|id| q.choices.iter().any(|k| k.id == *id && !k.exclusive))
                        .collect();
                    more.push(c.id);
                    with(Answer::Many(more));
                }
            }
            (AnswerKind::One, Some(Answer::One(c))) => {
                let at = q.choice_index(c).expect("a known choice");
                // "Not sure" sits last so it never reads as better, but it
                // is not a worse answer than "worse" itself.
                for later in q.choices[at + 1..].iter().filter(|c| c.id != "not_sure") {
                    with(Answer::One(later.id));
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_level_never_drops_when_an_answer_gets_worse() {
    over_random_answers(
        "a worse answer never lowers the level",
        |answers, o, applied| {
            for worse in worse_answers(answers) {
                count(applied);
                let after = triage(&worse).level;
                proptest::prop_assert!(
                    after >= o.level,
                    "{answers:?} -> {worse:?}: {:?} < {:?}",
                    after,
                    o.level
                );
            }
            Ok(())
        },
    );
}

#[test]
fn a_missing_answer_is_read_as_not_sure_and_reported() {
    over_random_answers("missing answers read cautiously", |answers, o, applied| {
        let read = answers_as_read(answers);
        for id in &o.unanswered {
            count(applied);
            let q = question(id).expect("a known question");
            proptest::prop_assert!(answers.get(id).is_none(), "{id} was answered");
            match q.if_missing {
                Some(c) => {
                    let as_not_sure = read.get(id).is_some_and(|a| match a {
                        Answer::One(x) => *x == c,
                        Answer::Many(xs) => xs == &[c],
                        Answer::Number(_) => false,
                    });
                    proptest::prop_assert!(as_not_sure, "{id} not read as {c}");
                }
                // A warning-sign question left out sets at least Routine.
                None => {
                    let u1 = RULES
                        .iter()
                        .find(|r| r.id == "U1-signs-not-answered")
                        .expect("U1");
                    let mut named = Vec::new();
                    u1.when.leaves(&mut named);
                    if named.iter().any(|(q, _)| q == id) {
                        proptest::prop_assert!(o.level >= Level::Routine);
                    }
                }
            }
        }
        Ok(())
    });
}

#[test]
fn the_missing_reading_is_what_a_not_sure_answer_gives() {
    // Leaving a question with a "not sure" choice out gives exactly the
    // level of answering "not sure".
    let base = Answers::from_json(include_str!("../vignettes/V13.json")).expect("V13");
    for q in QUESTIONS.iter().filter(|q| q.if_missing.is_some()) {
        let Some(c) = q.if_missing else { continue };
        let mut left_out = base.clone();
        left_out.clear(q.id);
        let mut unsure = base.clone();
        let answer = match q.kind {
            AnswerKind::Many => Answer::Many(vec![c]),
            _ => Answer::One(c),
        };
        if unsure.set(q.id, answer).is_err() {
            continue;
        }
        assert_eq!(triage(&left_out).level, triage(&unsure).level, "{}", q.id);
    }
}
