//! A small JSON reader and writer for the widget's own documents.
//!
//! The widget reads and writes four small documents (answers, the device
//! record, the diary, FHIR resources). `serde_json` did this with a generic
//! deserializer, a tree map and float parsing and printing that the wasm
//! carried for every visitor; this module does only what those documents
//! need, and weighs 15.5 KB gzip less in the wasm than `serde_json` did
//! (35 KB raw, measured on the release build when it replaced it; see
//! docs/performance.md). It also refuses a repeated key, which `serde_json`
//! quietly resolves to the last one. Numbers keep their text, so no float code is involved: readers ask
//! for a whole number and get `None` for anything else. Object keys keep
//! their order. Nothing here panics, and nesting is limited so a hostile
//! file cannot exhaust the stack.
//!
//! - `value`, `map`: what a document is made of;
//! - `reader`: text to a value, refusing what is not JSON;
//! - `writer`: a value to compact or indented text;
//! - `macros`: `json!`, to write a document the way it reads.

mod macros;
mod map;
mod reader;
mod value;
mod writer;

pub use map::Map;
pub use reader::{ParseError, REPEATED_KEY};
pub use value::{Number, Value};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_and_writes_it_back() {
        let text = r#"{"a": [1, -2, 3.5e2, true, false, null], "b": {"c": "x\"\\\/\n\u00e9\ud83d\ude00"}, "": {}}"#;
        let v = Value::parse(text).expect("valid JSON");
        assert_eq!(v.get("a").and_then(Value::as_array).map(Vec::len), Some(6));
        assert_eq!(
            v.get("a").unwrap().as_array().unwrap()[1].as_i64(),
            Some(-2)
        );
        assert_eq!(v.get("a").unwrap().as_array().unwrap()[2].as_u64(), None);
        assert_eq!(
            v.get("b").unwrap().get("c").unwrap().as_str(),
            Some("x\"\\/\né😀")
        );
        let again = Value::parse(&v.to_string()).expect("own output is JSON");
        assert_eq!(again, v);
        assert_eq!(
            Value::parse(&v.to_pretty_string()).expect("pretty is JSON"),
            v
        );
    }

    #[test]
    fn keeps_the_order_of_members() {
        let v = Value::parse(r#"{"z": 1, "a": 2, "m": 3}"#).expect("valid");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["z", "a", "m"]);
        assert_eq!(v.to_string(), r#"{"z":1,"a":2,"m":3}"#);
    }
}
