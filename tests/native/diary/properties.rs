//! Random diaries round-trip and hostile JSON or text is read or refused
//! without panicking.

use proptest::prelude::*;

use crate::common::strategies::json_like;
use knee_triage::formats::diary::{date_of_day_number, Trigger};

use super::*;

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
