//! The symptom diary: dates, checks, JSON, CSV and the stats the triage uses.

use proptest::prelude::*;

use crate::common::strategies::json_like;
use knee_triage::formats::json::Value;
use knee_triage_core::json;

use knee_triage::formats::diary::{
    date_of_day_number, Diary, DiaryError, Episode, LocalDateTime, Side, Trend, Trigger,
    MAX_EPISODES,
};

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).unwrap()
}

fn episode(when: &str) -> Episode {
    Episode::new(at(when), 2, 3, Side::Left, "", &[]).unwrap()
}

fn diary_of(times: &[&str]) -> Diary {
    let mut d = Diary::new();
    for t in times {
        d.add(episode(t)).unwrap();
    }
    d
}

fn day(text: &str) -> i32 {
    at(&format!("{text}T12:00")).day_number()
}

/// A valid JSON episode, with one field replaced (or removed when `None`).
fn json_episode(field: &str, value: Option<Value>) -> Value {
    let mut e = json!({
        "at": "2026-11-22T08:30",
        "minutes": 3,
        "strength": 2,
        "side": "left",
        "notes": "after a run",
        "triggers": ["exercise"],
    });
    let o = e.as_object_mut().unwrap();
    match value {
        Some(v) => {
            o.insert(field.to_string(), v);
        }
        None => {
            o.remove(field);
        }
    }
    e
}

// ---- dates ----

#[test]
fn dates_are_read_and_written_as_datetime_local() {
    let t = at("2026-11-22T08:05");
    assert_eq!(
        (t.year(), t.month(), t.day(), t.hour(), t.minute()),
        (2026, 11, 22, 8, 5)
    );
    assert_eq!(t.to_string(), "2026-11-22T08:05");
    assert_eq!(t.date_text(), "2026-11-22");
    assert_eq!(t.time_text(), "08:05");
    assert_eq!(
        "0001-01-01T00:00".parse::<LocalDateTime>().unwrap().year(),
        1
    );
    assert_eq!(at("9999-12-31T23:59").to_string(), "9999-12-31T23:59");
}

#[test]
fn leap_days_exist_only_in_leap_years() {
    for ok in [
        "2024-02-29T10:00",
        "2000-02-29T10:00",
        "1600-02-29T00:00",
        "2023-02-28T23:59",
    ] {
        assert!(LocalDateTime::parse(ok).is_ok(), "{ok}");
    }
    for bad in ["2023-02-29T10:00", "1900-02-29T10:00", "2100-02-29T10:00"] {
        assert!(LocalDateTime::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn dates_that_are_not_real_or_not_in_the_form_are_refused() {
    for bad in [
        "",
        "2026-11-22",
        "2026-11-22T08:30:00",
        "2026-11-22 08:30",
        "2026-11-22t08:30",
        "2026-13-01T00:00",
        "2026-00-10T00:00",
        "2026-04-31T00:00",
        "2026-11-00T00:00",
        "2026-11-32T00:00",
        "2026-11-22T24:00",
        "2026-11-22T23:60",
        "0000-01-01T00:00",
        "+2026-11-2T08:30",
        "2026-1a-22T08:30",
        "2026-11-22T-8:30",
        "２０26-11-22T08:30",
        "2026-11-22T08:3é",
    ] {
        let err = LocalDateTime::parse(bad).unwrap_err();
        assert_eq!(err.field(), "at", "{bad}");
        assert!(matches!(err, DiaryError::BadDateTime { .. }), "{bad}");
    }
    assert!(LocalDateTime::new(2026, 2, 29, 0, 0).is_none());
    assert!(LocalDateTime::new(2028, 2, 29, 0, 0).is_some());
    assert!(LocalDateTime::new(10_000, 1, 1, 0, 0).is_none());
}

#[test]
fn day_numbers_count_days_since_1970() {
    assert_eq!(at("1970-01-01T00:00").day_number(), 0);
    assert_eq!(at("1970-01-02T23:59").day_number(), 1);
    assert_eq!(at("1969-12-31T12:00").day_number(), -1);
    assert_eq!(at("2000-02-29T12:00").day_number(), 11_016);
    assert_eq!(at("2000-03-01T00:00").day_number(), 11_017);
    assert_eq!(at("2026-11-22T08:30").day_number(), 20_779);
    assert_eq!(at("0001-01-01T00:00").day_number(), -719_162);
    assert_eq!(date_of_day_number(20_779), Some((2026, 11, 22)));
    assert_eq!(date_of_day_number(0), Some((1970, 1, 1)));
}

// ---- episodes and the diary ----

#[test]
fn episodes_are_checked_field_by_field() {
    let t = at("2026-11-22T08:30");
    let err = Episode::new(t, 0, 0, Side::Left, "", &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "strength: expected a whole number from 1 to 5"
    );
    assert_eq!(
        Episode::new(t, 0, 6, Side::Left, "", &[])
            .unwrap_err()
            .field(),
        "strength"
    );
    assert_eq!(
        Episode::new(t, 1441, 3, Side::Left, "", &[])
            .unwrap_err()
            .field(),
        "minutes"
    );
    assert!(Episode::new(t, 1440, 5, Side::Both, "", &[]).is_ok());
    assert!(Episode::new(t, 0, 1, Side::Right, "", &[]).is_ok());
    let long = "x".repeat(501);
    assert_eq!(
        Episode::new(t, 0, 1, Side::Left, &long, &[])
            .unwrap_err()
            .field(),
        "notes"
    );
    let err =
        Episode::new(t, 0, 1, Side::Left, "", &[Trigger::Stress, Trigger::Stress]).unwrap_err();
    assert_eq!(err.field(), "triggers");
    assert!(err.to_string().contains("\"stress\" is given twice"));
}

#[test]
fn notes_lose_control_characters_and_count_characters_not_bytes() {
    let t = at("2026-11-22T08:30");
    let e = Episode::new(t, 0, 1, Side::Left, "left\nknee\t\u{7}ok", &[]).unwrap();
    assert_eq!(e.notes, "leftkneeok");
    // 500 accented letters are 1000 bytes but within the limit.
    let accented = "é".repeat(500);
    assert!(Episode::new(t, 0, 1, Side::Left, &accented, &[]).is_ok());
    // Control characters do not count toward the limit.
    let padded = format!("{}\n\n", "a".repeat(500));
    assert_eq!(
        Episode::new(t, 0, 1, Side::Left, &padded, &[])
            .unwrap()
            .notes
            .len(),
        500
    );
}

#[test]
fn triggers_are_kept_in_their_fixed_order() {
    let e = Episode::new(
        at("2026-11-22T08:30"),
        0,
        1,
        Side::Left,
        "",
        &[Trigger::PoorSleep, Trigger::Exercise, Trigger::Stress],
    )
    .unwrap();
    assert_eq!(
        e.triggers,
        [Trigger::Exercise, Trigger::Stress, Trigger::PoorSleep]
    );
}

#[test]
fn ids_are_stable_and_read_back() {
    let sides: Vec<&str> = Side::ALL.iter().map(|s| s.id()).collect();
    assert_eq!(sides, ["left", "right", "both"]);
    let triggers: Vec<&str> = Trigger::ALL.iter().map(|t| t.id()).collect();
    assert_eq!(triggers, ["exercise", "caffeine", "stress", "poor_sleep"]);
    for s in Side::ALL {
        assert_eq!(Side::from_id(s.id()), Some(s));
    }
    for t in Trigger::ALL {
        assert_eq!(Trigger::from_id(t.id()), Some(t));
    }
    assert_eq!(Side::from_id("Left"), None);
    assert_eq!(Trigger::from_id("poor sleep"), None);
}

#[test]
fn the_diary_stays_in_time_order() {
    let mut d = Diary::new();
    assert_eq!(d.add(episode("2026-11-22T08:30")).unwrap(), 0);
    assert_eq!(d.add(episode("2026-11-20T08:30")).unwrap(), 0);
    assert_eq!(d.add(episode("2026-11-21T23:59")).unwrap(), 1);
    // Same minute: after the one already there.
    let mut same = episode("2026-11-21T23:59");
    same.notes = "second".into();
    assert_eq!(d.add(same).unwrap(), 2);
    let times: Vec<String> = d.episodes().iter().map(|e| e.at.to_string()).collect();
    assert_eq!(
        times,
        [
            "2026-11-20T08:30",
            "2026-11-21T23:59",
            "2026-11-21T23:59",
            "2026-11-22T08:30"
        ]
    );
    assert_eq!(d.episodes()[2].notes, "second");
    assert_eq!(d.remove(9), None);
    assert_eq!(d.remove(0).unwrap().at.to_string(), "2026-11-20T08:30");
    assert_eq!(d.episodes().len(), 3);
}

#[test]
fn add_checks_episodes_changed_by_hand() {
    let mut d = Diary::new();
    let mut e = episode("2026-11-22T08:30");
    e.strength = 9;
    assert_eq!(d.add(e).unwrap_err().field(), "strength");
    let mut e = episode("2026-11-22T08:30");
    e.triggers = vec![Trigger::Caffeine, Trigger::Exercise];
    e.notes = "a\r\nb".into();
    d.add(e).unwrap();
    assert_eq!(
        d.episodes()[0].triggers,
        [Trigger::Exercise, Trigger::Caffeine]
    );
    assert_eq!(d.episodes()[0].notes, "ab");
    assert!(d.episodes().len() == 1);
}

#[test]
fn a_diary_holds_at_most_2000_episodes() {
    let mut d = Diary::new();
    for _ in 0..MAX_EPISODES {
        d.add(episode("2026-11-22T08:30")).unwrap();
    }
    let err = d.add(episode("2026-11-22T08:31")).unwrap_err();
    assert_eq!(err.field(), "diary");
    assert_eq!(
        err.to_string(),
        "diary: a diary holds at most 2000 episodes"
    );
    assert_eq!(d.episodes().len(), MAX_EPISODES);
}

// ---- JSON ----

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

// ---- CSV ----

#[test]
fn csv_has_a_header_and_crlf_lines() {
    assert_eq!(
        Diary::new().to_csv(),
        "date,time,minutes,strength,side,triggers,notes\r\n"
    );
    let mut d = Diary::new();
    d.add(
        Episode::new(
            at("2026-11-22T08:05"),
            0,
            4,
            Side::Both,
            "after coffee",
            &[Trigger::PoorSleep, Trigger::Caffeine],
        )
        .unwrap(),
    )
    .unwrap();
    d.add(episode("2026-11-21T21:00")).unwrap();
    assert_eq!(
        d.to_csv(),
        "date,time,minutes,strength,side,triggers,notes\r\n\
         2026-11-21,21:00,2,3,left,,\r\n\
         2026-11-22,08:05,0,4,both,caffeine;poor_sleep,after coffee\r\n"
    );
}

fn csv_notes(notes: &str) -> String {
    let mut d = Diary::new();
    d.add(Episode::new(at("2026-11-22T08:05"), 1, 1, Side::Left, notes, &[]).unwrap())
        .unwrap();
    let csv = d.to_csv();
    let row = csv.split("\r\n").nth(1).unwrap();
    row.strip_prefix("2026-11-22,08:05,1,1,left,,")
        .unwrap()
        .to_string()
}

#[test]
fn csv_quotes_commas_and_quotes() {
    assert_eq!(csv_notes("plain text"), "plain text");
    assert_eq!(csv_notes("left, then right"), "\"left, then right\"");
    assert_eq!(csv_notes("a \"jump\""), "\"a \"\"jump\"\"\"");
    assert_eq!(csv_notes("\"\""), "\"\"\"\"\"\"");
    // Line breaks never reach the CSV: notes lose them when checked.
    assert_eq!(csv_notes("one\r\ntwo"), "onetwo");
    assert_eq!(csv_notes("ñandú 🦵"), "ñandú 🦵");
}

#[test]
fn csv_defuses_formulas_in_notes() {
    assert_eq!(csv_notes("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(csv_notes("=1+1"), "'=1+1");
    assert_eq!(csv_notes("+1"), "'+1");
    assert_eq!(csv_notes("-2 cups"), "'-2 cups");
    assert_eq!(csv_notes("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_notes("=1,2"), "\"'=1,2\"");
    // Only a leading sign is a risk.
    assert_eq!(csv_notes("1+1=2"), "1+1=2");
    assert_eq!(csv_notes(" =1"), " =1");
    assert_eq!(csv_notes(""), "");
    // A leading tab or CR is removed with the other control characters,
    // so what remains is checked.
    assert_eq!(csv_notes("\t=1"), "'=1");
}

// ---- stats ----

#[test]
fn per_day_counts_the_window_ending_today() {
    let d = diary_of(&[
        "2026-11-15T23:59", // the day before the window
        "2026-11-16T00:00", // first day of the window
        "2026-11-18T10:00",
        "2026-11-18T11:00",
        "2026-11-22T23:59", // today, last day
        "2026-11-23T00:00", // tomorrow: not counted
    ]);
    let s = d.stats(day("2026-11-22"), 7);
    assert_eq!(s.days, 7);
    assert_eq!(s.per_day, [1, 0, 2, 0, 0, 0, 1]);
    assert_eq!(s.total, 4);
    assert_eq!(s.span_days, 9);
    let (y, m, dd) = date_of_day_number(day("2026-11-22") - 6).unwrap();
    assert_eq!((y, m, dd), (2026, 11, 16));
}

#[test]
fn stats_of_odd_windows() {
    let d = diary_of(&["2026-11-22T08:00"]);
    let s = d.stats(day("2026-11-22"), 0);
    assert_eq!((s.days, s.per_day.len(), s.total), (0, 0, 0));
    assert_eq!(s.trend, Trend::TooFew);
    let s = d.stats(day("2026-11-22"), 1);
    assert_eq!((s.per_day.clone(), s.total), (vec![1], 1));
    let s = d.stats(day("2026-11-22"), u32::MAX);
    assert_eq!(s.days, 3660);
    assert_eq!(s.per_day.len(), 3660);
    assert_eq!(s.total, 1);
    // Extreme todays do not overflow.
    assert_eq!(d.stats(i32::MIN, 3660).total, 0);
    assert_eq!(d.stats(i32::MAX, 3660).total, 0);
    let empty = Diary::new().stats(day("2026-11-22"), 14);
    assert_eq!(
        (empty.total, empty.span_days, empty.trend),
        (0, 0, Trend::TooFew)
    );
    assert_eq!(empty.per_day, vec![0; 14]);
}

/// A diary with `earlier` episodes on the first day of a 14-day window and
/// `later` on its last day (today).
fn halves(earlier: usize, later: usize) -> Trend {
    let mut times = vec!["2026-11-09T09:00"; earlier];
    times.extend(vec!["2026-11-22T09:00"; later]);
    let s = diary_of(&times).stats(day("2026-11-22"), 14);
    assert_eq!(s.total as usize, earlier + later);
    s.trend
}

#[test]
fn trend_rules() {
    // Fewer than 4 in the window.
    assert_eq!(halves(0, 3), Trend::TooFew);
    assert_eq!(halves(1, 2), Trend::TooFew);
    // Rising: later ≥ earlier + 2 and later ≥ 1.5 × earlier.
    assert_eq!(halves(0, 4), Trend::Rising);
    assert_eq!(halves(2, 4), Trend::Rising);
    assert_eq!(halves(4, 6), Trend::Rising);
    assert_eq!(halves(5, 7), Trend::Steady); // 7 < 7.5
    assert_eq!(halves(6, 9), Trend::Rising); // 9 = 1.5 × 6
    assert_eq!(halves(2, 3), Trend::Steady); // only one more
                                             // Falling is the reverse.
    assert_eq!(halves(4, 0), Trend::Falling);
    assert_eq!(halves(4, 2), Trend::Falling);
    assert_eq!(halves(7, 5), Trend::Steady);
    assert_eq!(halves(9, 6), Trend::Falling);
    // Steady.
    assert_eq!(halves(2, 2), Trend::Steady);
    assert_eq!(halves(10, 10), Trend::Steady);
}

#[test]
fn the_middle_day_of_an_odd_window_is_in_neither_half() {
    // 7 days: days 0-2 earlier, day 3 neither, days 4-6 later.
    let today = day("2026-11-22");
    let d = diary_of(&[
        "2026-11-19T08:00",
        "2026-11-19T09:00",
        "2026-11-19T10:00",
        "2026-11-19T11:00",
    ]);
    let s = d.stats(today, 7);
    assert_eq!(s.per_day, [0, 0, 0, 4, 0, 0, 0]);
    assert_eq!(s.trend, Trend::Steady);
    // Episodes after today count for nothing in the window.
    let d = diary_of(&[
        "2026-11-22T08:00",
        "2026-11-22T09:00",
        "2026-11-23T10:00",
        "2026-11-24T11:00",
    ]);
    let s = d.stats(today, 7);
    assert_eq!((s.total, s.trend), (2, Trend::TooFew));
}

#[test]
fn span_days_and_two_weeks() {
    assert_eq!(Diary::new().span_days(), 0);
    assert!(!Diary::new().logged_over_two_weeks());
    assert_eq!(diary_of(&["2026-11-01T08:00"]).span_days(), 1);
    assert_eq!(
        diary_of(&["2026-11-01T00:00", "2026-11-01T23:59"]).span_days(),
        1
    );
    assert_eq!(
        diary_of(&["2026-11-01T23:59", "2026-11-02T00:00"]).span_days(),
        2
    );
    // Across a leap day and a year end.
    assert_eq!(
        diary_of(&["2024-02-28T08:00", "2024-03-01T08:00"]).span_days(),
        3
    );
    assert_eq!(
        diary_of(&["2025-12-31T08:00", "2026-01-01T08:00"]).span_days(),
        2
    );

    let fourteen = diary_of(&["2026-11-01T08:00", "2026-11-14T20:00"]);
    assert_eq!(fourteen.span_days(), 14);
    assert!(!fourteen.logged_over_two_weeks());
    let fifteen = diary_of(&["2026-11-01T08:00", "2026-11-15T07:00"]);
    assert_eq!(fifteen.span_days(), 15);
    assert!(fifteen.logged_over_two_weeks());
    assert_eq!(fifteen.stats(day("2026-11-15"), 7).span_days, 15);
}

// ---- properties ----

/// Random JSON from the shared generator (written with `serde_json`), read
/// into the widget's own JSON values.
fn any_json() -> impl Strategy<Value = Value> {
    json_like(
        vec![
            "left",
            "both",
            "exercise",
            "poor_sleep",
            "2024-02-29T10:00",
            "=1+1",
        ],
        vec![
            "at", "minutes", "strength", "side", "notes", "triggers", "x",
        ],
    )
    .prop_map(|v| Value::parse(&v.to_string()).expect("serde_json writes JSON"))
}

/// An episode object with every field present but each value random, so the
/// reader's checks past the first field are exercised too.
fn episode_like_json() -> impl Strategy<Value = Value> {
    (
        any_json(),
        any_json(),
        any_json(),
        any_json(),
        any_json(),
        any_json(),
    )
        .prop_map(|(a, m, s, side, n, t)| {
            json!({"at": a, "minutes": m, "strength": s, "side": side, "notes": n, "triggers": t})
        })
}

fn any_time() -> impl Strategy<Value = LocalDateTime> {
    (1u16..=9999, 1u8..=12, 1u8..=31, 0u8..=23, 0u8..=59).prop_map(|(y, mo, d, h, mi)| {
        LocalDateTime::new(y, mo, d, h, mi)
            .or_else(|| LocalDateTime::new(y, mo, 28, h, mi))
            .unwrap()
    })
}

fn any_episode() -> impl Strategy<Value = Episode> {
    (
        any_time(),
        0u16..=1440,
        1u8..=5,
        proptest::sample::select(Side::ALL.to_vec()),
        ".{0,80}|\\PC{480,520}",
        proptest::sample::subsequence(Trigger::ALL.to_vec(), 0..=4).prop_shuffle(),
    )
        .prop_filter_map("notes too long", |(at, m, s, side, notes, t)| {
            Episode::new(at, m, s, side, &notes, &t).ok()
        })
}

proptest! {
    #[test]
    fn any_json_is_read_or_refused_without_panicking(value in any_json()) {
        match Diary::from_json_value(&value) {
            Ok(d) => prop_assert_eq!(Diary::from_json_value(&d.to_json_value()).unwrap(), d),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn episode_shaped_json_is_read_or_refused(items in prop::collection::vec(episode_like_json(), 0..4)) {
        match Diary::from_json_value(&Value::Array(items)) {
            Ok(d) => prop_assert_eq!(Diary::from_json_value(&d.to_json_value()).unwrap(), d),
            Err(e) => prop_assert!(e.field().starts_with("diary"), "{}", e),
        }
    }

    #[test]
    fn any_text_is_parsed_as_a_date_or_refused(text in "\\PC{0,20}|[0-9T:-]{16}") {
        if let Ok(t) = LocalDateTime::parse(&text) {
            prop_assert_eq!(t.to_string(), text);
        }
    }

    #[test]
    fn valid_diaries_round_trip_through_json(episodes in prop::collection::vec(any_episode(), 0..40)) {
        let mut d = Diary::new();
        for e in episodes {
            d.add(e).unwrap();
        }
        let value = d.to_json_value();
        prop_assert_eq!(&Diary::from_json_value(&value).unwrap(), &d);
        let text = value.to_string();
        let reread = Value::parse(&text).unwrap();
        prop_assert_eq!(&Diary::from_json_value(&reread).unwrap(), &d);
        // Oldest first.
        prop_assert!(d.episodes().windows(2).all(|w| w[0].at <= w[1].at));
        // One CSV line per episode: notes can never break a row.
        prop_assert_eq!(d.to_csv().matches("\r\n").count(), d.episodes().len() + 1);
        prop_assert!(!d.to_csv().replace("\r\n", "").contains(['\r', '\n']));
    }

    #[test]
    fn day_numbers_invert(n in -719_162i32..=2_932_896) {
        let (y, m, d) = date_of_day_number(n).unwrap();
        prop_assert_eq!(LocalDateTime::new(y, m, d, 12, 0).unwrap().day_number(), n);
    }

    #[test]
    fn consecutive_days_have_consecutive_numbers(t in any_time()) {
        let n = t.day_number();
        if let Some((y, m, d)) = date_of_day_number(n + 1) {
            let next = LocalDateTime::new(y, m, d, 0, 0).unwrap();
            prop_assert!(next > t);
            prop_assert_eq!(next.day_number(), n + 1);
        }
    }

    #[test]
    fn stats_add_up(
        episodes in prop::collection::vec(any_episode(), 0..40),
        today in -719_162i32..=2_932_896,
        days in 0u32..5000,
    ) {
        let mut d = Diary::new();
        for e in episodes {
            d.add(e).unwrap();
        }
        let s = d.stats(today, days);
        prop_assert_eq!(s.days, days.min(3660));
        prop_assert_eq!(s.per_day.len() as u32, s.days);
        prop_assert_eq!(s.per_day.iter().sum::<u32>(), s.total);
        let in_window = d.episodes().iter().filter(|e| {
            let n = i64::from(e.at.day_number());
            n <= i64::from(today) && n > i64::from(today) - i64::from(s.days)
        }).count();
        prop_assert_eq!(s.total as usize, in_window);
        prop_assert_eq!(s.span_days, d.span_days());
    }
}
