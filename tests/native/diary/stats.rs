//! The counts over a window ending today, the trend between its halves,
//! and the span that says "more than two weeks".

use knee_triage::formats::diary::{date_of_day_number, Trend};

use super::*;

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
