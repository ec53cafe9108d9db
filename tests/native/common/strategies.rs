//! Random, valid answer sets for the property tests.

use proptest::prelude::*;
use serde_json::{json, Value};

use knee_triage::engine::{Answer, Answers};
use knee_triage::knowledge::{AnswerKind, Question, QUESTIONS};

/// A valid answer for one question: a choice, a mix of non-exclusive
/// choices or one exclusive choice, or a number in range.
pub fn answer_for(q: &'static Question) -> BoxedStrategy<Answer> {
    match q.kind {
        AnswerKind::One => {
            // The first (least concerning) choice half the time, so calm
            // answer sets that stay at self-care are common too.
            let ids: Vec<&'static str> = q.choices.iter().map(|c| c.id).collect();
            let first = ids[0];
            prop_oneof![
                1 => Just(Answer::One(first)),
                1 => proptest::sample::select(ids).prop_map(Answer::One),
            ]
            .boxed()
        }
        AnswerKind::Many => {
            let mixable: Vec<&'static str> = q
                .choices
                .iter()
                .filter(|c| !c.exclusive)
                .map(|c| c.id)
                .collect();
            let alone: Vec<&'static str> = q
                .choices
                .iter()
                .filter(|c| c.exclusive)
                .map(|c| c.id)
                .collect();
            let n = mixable.len();
            let mix = proptest::sample::subsequence(mixable, 1..=n).prop_map(Answer::Many);
            let single = proptest::sample::select(alone).prop_map(|c| Answer::Many(vec![c]));
            // "None of these" as often as a mix, so outcomes below a
            // doctor's visit are common enough to test too.
            prop_oneof![2 => mix, 3 => single].boxed()
        }
        AnswerKind::Number { min, max } => (min..=max).prop_map(Answer::Number).boxed(),
    }
}

/// Random answers, each question answered or left out. The emergency check
/// is usually "none", so the rest of the questionnaire is exercised too.
pub fn any_answers() -> impl Strategy<Value = Answers> {
    let per_question: Vec<BoxedStrategy<Option<Answer>>> = QUESTIONS
        .iter()
        .map(|q| {
            if q.id == "emergency" {
                prop_oneof![
                    8 => Just(Some(Answer::Many(vec!["none"]))),
                    1 => answer_for(q).prop_map(Some),
                    1 => Just(None),
                ]
                .boxed()
            } else {
                proptest::option::weighted(0.95, answer_for(q)).boxed()
            }
        })
        .collect();
    per_question.prop_map(|given| {
        let mut answers = Answers::new();
        for (q, a) in QUESTIONS.iter().zip(given) {
            if let Some(a) = a {
                answers.set(q.id, a).expect("generated answers are valid");
            }
        }
        answers
    })
}

/// Arbitrary JSON for fuzzing a reader: random leaves mixed with `words`
/// the reader knows, and objects whose keys come from `keys`, so hostile
/// input also gets past the first checks.
pub fn json_like(
    words: Vec<&'static str>,
    keys: Vec<&'static str>,
) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}".prop_map(Value::from),
        proptest::sample::select(words).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                proptest::sample::select(keys.clone()).prop_map(String::from),
                inner,
                0..7
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
