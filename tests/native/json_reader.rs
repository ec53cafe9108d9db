//! The widget's own JSON reader and writer (`formats::json`) checked against
//! `serde_json`, an independent and widely used implementation.

use proptest::prelude::*;

use crate::common::strategies::json_like;

use knee_triage::formats::json::Value;

fn any_json() -> impl Strategy<Value = serde_json::Value> {
    json_like(
        vec!["", "a\"b", "\\", "é😀", "\u{1}"],
        vec!["a", "b", "é", ""],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// What serde_json writes, ours reads, and writes back to the same text,
    /// compact and pretty. (Text, not values: serde_json's own float reading
    /// does not always give back the float it wrote.)
    #[test]
    fn reads_and_writes_what_serde_json_does(value in any_json()) {
        let compact = value.to_string();
        let ours = Value::parse(&compact);
        prop_assert!(ours.is_ok(), "{:?}", ours);
        let ours = ours.unwrap();
        prop_assert_eq!(ours.to_string(), compact);
        prop_assert_eq!(ours.to_pretty_string(), serde_json::to_string_pretty(&value).unwrap());
    }

    /// On text made of JSON's own characters, both readers accept or refuse
    /// together (nesting stays far below either reader's depth limit), except
    /// that ours also refuses an object that repeats a key, which JSON allows
    /// but a medical record must not hold.
    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in r#"[\[\]{}",:0-9.eE+\- tfnrulsa\\]{0,24}"#) {
        let ours = Value::parse(&text);
        prop_assume!(!matches!(&ours, Err(e) if e.what == "a key is repeated"));
        let theirs = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        prop_assert_eq!(ours.is_ok(), theirs, "{:?}", text);
    }

    /// Any bytes: an error with a place, or a value; never a panic.
    #[test]
    fn never_panics(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let text = String::from_utf8_lossy(&bytes);
        if let Err(e) = Value::parse(&text) {
            prop_assert!(e.line >= 1 && e.column >= 1);
        }
    }
}
