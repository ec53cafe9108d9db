//! The diary's JSON: the documented shape, a faithful round trip, and a
//! refusal naming its field for everything else.

use knee_triage::formats::diary::{DiaryError, Trigger, MAX_EPISODES};

use super::*;

#[test]
fn json_is_written_in_the_documented_shape() {
    let mut d = Diary::new();
    d.add(
        Episode::new(
            at("2026-11-22T08:30"),
            0,
            4,
            Side::Both,
            "after coffee",
            &[Trigger::PoorSleep, Trigger::Caffeine],
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        d.to_json_value(),
        json!([{
            "at": "2026-11-22T08:30",
            "minutes": 0,
            "strength": 4,
            "side": "both",
            "notes": "after coffee",
            "triggers": ["caffeine", "poor_sleep"],
        }])
    );
    assert_eq!(Diary::new().to_json_value(), json!([]));
}

#[test]
fn json_round_trips() {
    let mut d = diary_of(&["2026-11-01T07:00", "2024-02-29T23:59", "2026-11-22T08:30"]);
    d.add(
        Episode::new(
            at("2025-01-01T00:00"),
            1440,
            5,
            Side::Right,
            "=1+1, \"quoted\" ñ 🦵",
            &Trigger::ALL,
        )
        .unwrap(),
    )
    .unwrap();
    let value = d.to_json_value();
    assert_eq!(Diary::from_json_value(&value).unwrap(), d);
    // Through text too, as device storage keeps it.
    let text = value.to_string();
    let reread = Value::parse(&text).unwrap();
    assert_eq!(Diary::from_json_value(&reread).unwrap(), d);
}

#[test]
fn json_out_of_order_is_sorted_and_triggers_ordered() {
    let value = json!([
        json_episode("at", Some(json!("2026-11-23T08:30"))),
        json_episode("triggers", Some(json!(["stress", "exercise"]))),
    ]);
    let d = Diary::from_json_value(&value).unwrap();
    assert_eq!(d.episodes()[0].at.to_string(), "2026-11-22T08:30");
    assert_eq!(
        d.episodes()[0].triggers,
        [Trigger::Exercise, Trigger::Stress]
    );
    assert_eq!(d.episodes()[1].at.to_string(), "2026-11-23T08:30");
}

#[test]
fn json_refusals_name_their_field() {
    let one = |field: &str, value: Option<Value>| json!([json_episode(field, value)]);
    let cases: Vec<(Value, &str)> = vec![
        (json!({}), "diary"),
        (json!("x"), "diary"),
        (json!(null), "diary"),
        (json!([1]), "diary[0]"),
        (json!([[]]), "diary[0]"),
        (one("mood", Some(json!(1))), "diary[0].mood"),
        (one("at", None), "diary[0].at"),
        (one("at", Some(json!(20_779))), "diary[0].at"),
        (one("at", Some(json!("2026-02-29T10:00"))), "diary[0].at"),
        (one("at", Some(json!("2026-11-22"))), "diary[0].at"),
        (one("minutes", None), "diary[0].minutes"),
        (one("minutes", Some(json!("3"))), "diary[0].minutes"),
        (one("minutes", Some(json!(1441))), "diary[0].minutes"),
        (one("minutes", Some(json!(-1))), "diary[0].minutes"),
        (one("minutes", Some(json!(2.5))), "diary[0].minutes"),
        (one("minutes", Some(json!(1e30))), "diary[0].minutes"),
        (one("strength", Some(json!(0))), "diary[0].strength"),
        (one("strength", Some(json!(6))), "diary[0].strength"),
        (one("strength", Some(json!(u64::MAX))), "diary[0].strength"),
        (one("strength", Some(json!(true))), "diary[0].strength"),
        (one("side", Some(json!("up"))), "diary[0].side"),
        (one("side", Some(json!(["left"]))), "diary[0].side"),
        (one("notes", Some(json!(null))), "diary[0].notes"),
        (one("notes", Some(json!("x".repeat(501)))), "diary[0].notes"),
        (one("triggers", Some(json!("stress"))), "diary[0].triggers"),
        (
            one("triggers", Some(json!(["stress", "coffee"]))),
            "diary[0].triggers[1]",
        ),
        (one("triggers", Some(json!([3]))), "diary[0].triggers[0]"),
        (
            one("triggers", Some(json!(["stress", "stress"]))),
            "diary[0].triggers[1]",
        ),
    ];
    for (value, field) in cases {
        let err = Diary::from_json_value(&value).unwrap_err();
        assert_eq!(err.field(), field, "{value}: {err}");
        assert!(err.to_string().starts_with(&format!("{field}: ")), "{err}");
    }
}

#[test]
fn json_refusal_messages_say_what_was_expected() {
    let value = json!([
        json_episode("at", None),
        json_episode("strength", Some(json!(0))),
        json_episode("strength", Some(json!(6))),
        json_episode("strength", Some(json!(6))),
    ]);
    // The first problem is reported, at its index.
    let mut items = value.as_array().unwrap().clone();
    assert_eq!(
        Diary::from_json_value(&Value::Array(items.clone()))
            .unwrap_err()
            .to_string(),
        "diary[0].at: this field is missing"
    );
    items.remove(0);
    items.insert(0, json_episode("at", Some(json!("2026-11-22T08:30"))));
    items.insert(0, json_episode("at", Some(json!("2026-11-22T08:30"))));
    items.insert(0, json_episode("at", Some(json!("2026-11-22T08:30"))));
    assert_eq!(
        Diary::from_json_value(&Value::Array(items))
            .unwrap_err()
            .to_string(),
        "diary[3].strength: expected a whole number from 1 to 5"
    );
    let err = Diary::from_json_value(&json!([json_episode("triggers", Some(json!(["coffee"])))]))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "diary[0].triggers[0]: \"coffee\" is not one of the choices"
    );
    let err = Diary::from_json_value(&json!([json_episode(
        "notes",
        Some(json!("x".repeat(501)))
    )]))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "diary[0].notes: too long (at most 500 characters)"
    );
    let err = Diary::from_json_value(&json!([json_episode(
        "at",
        Some(json!("2026-02-30T10:00"))
    )]))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "diary[0].at: \"2026-02-30T10:00\" is not a real date and time (expected YYYY-MM-DDTHH:MM)"
    );
}

#[test]
fn json_with_2001_episodes_is_refused_and_2000_read() {
    let many = |n: usize| Value::Array(vec![json_episode("notes", Some(json!(""))); n]);
    assert_eq!(
        Diary::from_json_value(&many(MAX_EPISODES))
            .unwrap()
            .episodes()
            .len(),
        2000
    );
    let err = Diary::from_json_value(&many(MAX_EPISODES + 1)).unwrap_err();
    assert_eq!(err.field(), "diary");
    assert!(matches!(err, DiaryError::TooMany { max: 2000, .. }));
}

#[test]
fn hostile_values_are_echoed_short() {
    let long = "y".repeat(10_000);
    let err =
        Diary::from_json_value(&json!([json_episode("side", Some(json!(long)))])).unwrap_err();
    assert!(err.to_string().len() < 200, "{err}");
    let err = Diary::from_json_value(&json!([json_episode("at", Some(json!("\n\u{1b}[2J")))]))
        .unwrap_err();
    assert!(!err.to_string().chars().any(char::is_control), "{err:?}");
}
