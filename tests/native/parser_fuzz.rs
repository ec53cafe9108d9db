//! Hostile input into the answers reader: an outcome or an error, never a panic.

use proptest::prelude::*;

use crate::common::strategies::json_like;
use serde_json::{json, Value};

use knee_triage::engine::{triage, Answers};

fn any_json() -> impl Strategy<Value = Value> {
    json_like(
        vec![
            "none",
            "not_sure",
            "days_0_3",
            "weakness",
            "yes",
            "emergency",
        ],
        vec![
            "format",
            "version",
            "answers",
            "duration",
            "emergency",
            "caffeine_cups",
            "trend",
            "x",
        ],
    )
}

/// Either an outcome or a non-empty message; an accepted file must triage.
fn reads_or_refuses(text: &str) {
    match Answers::from_json(text) {
        Ok(answers) => {
            let _ = triage(&answers);
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        reads_or_refuses(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json(value in any_json()) {
        reads_or_refuses(&value.to_string());
    }

    #[test]
    fn arbitrary_answers_inside_a_valid_envelope(answers in any_json()) {
        let doc = json!({"format": "knee-triage-answers", "version": 1, "answers": answers});
        reads_or_refuses(&doc.to_string());
    }
}

#[test]
fn deeply_nested_json_is_refused_not_overflowed() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(Answers::from_json(&text).is_err());
}
