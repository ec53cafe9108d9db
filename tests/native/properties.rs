//! Safety properties over thousands of random answer sets.

use proptest::prelude::*;

use crate::common::strategies::any_answers;

use knee_triage::engine::{
    has_emergency_sign, triage, triage_with_diary, Answer, Answers, DiaryFacts,
};
use knee_triage::knowledge::{question, AnswerKind, Level, QUESTIONS};

/// Adds a non-exclusive choice to a multi-choice question, as a person who
/// ticks one more symptom would (it replaces "None of these").
fn with_added(answers: &Answers, q_index: usize, c_index: usize) -> Option<Answers> {
    let many: Vec<_> = QUESTIONS
        .iter()
        .filter(|q| q.kind == AnswerKind::Many)
        .collect();
    let q = many[q_index % many.len()];
    // Lifestyle triggers explain twitching and may lower the level.
    let mut triggers = Vec::new();
    knee_triage::knowledge::LIFESTYLE_TRIGGER.leaves(&mut triggers);
    let mixable: Vec<_> = q
        .choices
        .iter()
        .filter(|c| !c.exclusive && !triggers.contains(&(q.id, Some(c.id))))
        .collect();
    if mixable.is_empty() {
        return None;
    }
    let c = mixable[c_index % mixable.len()].id;
    // A question left out is read as a sign not ruled out (U1), which can
    // be more cautious than some answers: only answered questions get worse.
    let mut cs = match answers.get(q.id) {
        Some(Answer::Many(cs)) => cs.clone(),
        _ => return None,
    };
    cs.retain(|old| mixable.iter().any(|m| m.id == *old));
    if cs.contains(&c) {
        return None;
    }
    cs.push(c);
    let mut more = answers.clone();
    more.set(q.id, Answer::Many(cs)).ok()?;
    Some(more)
}

const DURATIONS: [&str; 5] = [
    "days_0_3",
    "days_4_7",
    "weeks_1_2",
    "over_2_weeks",
    "not_sure",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]

    #[test]
    fn adding_a_symptom_or_sign_never_lowers_the_level(
        answers in any_answers(), q in 0usize..100, c in 0usize..100,
    ) {
        if let Some(more) = with_added(&answers, q, c) {
            prop_assert!(triage(&more).level >= triage(&answers).level);
        }
    }

    #[test]
    fn a_longer_duration_never_lowers_the_level(answers in any_answers(), from in 0usize..5, to in 0usize..5) {
        let (short, long) = (from.min(to), from.max(to));
        let mut a = answers.clone();
        a.set("duration", Answer::One(DURATIONS[short])).unwrap();
        let mut b = answers;
        b.set("duration", Answer::One(DURATIONS[long])).unwrap();
        // "Not sure" sits last: an unknown duration counts as the longest.
        prop_assert!(triage(&b).level >= triage(&a).level);
    }

    #[test]
    fn what_the_diary_shows_never_lowers_the_level(answers in any_answers(), over in any::<bool>(), rising in any::<bool>()) {
        let diary = DiaryFacts { span_days: if over { 20 } else { 3 }, over_two_weeks: over, rising };
        let with = triage_with_diary(&answers, &diary);
        prop_assert!(with.level >= triage(&answers).level);
        if over || rising {
            prop_assert!(with.level >= Level::Routine);
            prop_assert!(with.reasons.iter().any(|r| r.evidence.iter().any(|e| e.question == "diary")));
        }
    }

    #[test]
    fn any_emergency_sign_gives_emergency(answers in any_answers(), pick in 0usize..5) {
        let signs: Vec<_> = question("emergency").unwrap().choices.iter().filter(|c| !c.exclusive).collect();
        let mut a = answers;
        a.set("emergency", Answer::Many(vec![signs[pick % signs.len()].id])).unwrap();
        prop_assert!(has_emergency_sign(&a));
        let outcome = triage(&a);
        prop_assert_eq!(outcome.level, Level::Emergency);
        prop_assert!(outcome.self_care.is_empty());
    }

    #[test]
    fn the_same_answers_always_give_the_same_outcome(answers in any_answers()) {
        let first = triage(&answers);
        prop_assert_eq!(&triage(&answers), &first);
        // ...also after a round trip through the answers file.
        let reread = Answers::from_json(&answers.to_json()).unwrap();
        prop_assert_eq!(&triage(&reread), &first);
    }

    #[test]
    fn every_outcome_has_a_reason_and_a_source(answers in any_answers()) {
        let outcome = triage(&answers);
        prop_assert!(!outcome.reasons.is_empty());
        prop_assert!(!outcome.sources.is_empty());
        prop_assert!(outcome.reasons.iter().all(|r| !r.sources.is_empty()));
        prop_assert!(outcome.reasons.iter().all(|r| r.level <= outcome.level));
        prop_assert!(outcome.reasons.iter().any(|r| r.level == outcome.level));
        prop_assert!(outcome.watch_for.iter().all(|w| w.level > outcome.level));
    }

    #[test]
    fn causes_are_listed_most_likely_first(answers in any_answers()) {
        // Beside a warning sign everyday triggers come after the rest; each
        // part is most likely first.
        let outcome = triage(&answers);
        let warning = outcome.level > Level::SelfCare;
        for pair in outcome.causes.windows(2) {
            if warning && pair[0].everyday != pair[1].everyday {
                prop_assert!(!pair[0].everyday);
            } else {
                prop_assert!(pair[0].weight >= pair[1].weight);
            }
        }
    }

}
