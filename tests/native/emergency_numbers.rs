//! The emergency number the checker shows, for every case of the shared
//! file that the JavaScript copies are tested against too.

use knee_triage_core::knowledge::emergency::{emergency_number, tel_href};
use serde_json::Value;

#[test]
fn every_shared_case_gives_its_number() {
    let text = include_str!("../cases/emergency-numbers.json");
    let doc: Value = serde_json::from_str(text).expect("valid JSON");
    let cases = doc["cases"].as_array().expect("a list of cases");
    assert!(cases.len() >= 20, "only {} cases", cases.len());
    for case in cases {
        let given = case["given"].as_str();
        let tags: Vec<&str> = case["tags"]
            .as_array()
            .expect("tags")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let expected = case["expected"].as_str().expect("expected");
        assert_eq!(emergency_number(given, &tags), expected, "{case}");
        assert_eq!(
            tel_href(expected),
            case["tel"].as_str().expect("tel"),
            "{case}"
        );
    }
    println!("{} emergency-number cases checked", cases.len());
}
