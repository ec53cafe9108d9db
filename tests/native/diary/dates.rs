//! Dates and times are read and written as a `datetime-local` input
//! gives them, only real calendar minutes, and counted as day numbers.

use knee_triage::formats::diary::{date_of_day_number, DiaryError};

use super::*;

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
