//! "When did it happen?": the episode form's day, month, year and time
//! boxes, read and checked as GOV.UK's date input pattern asks: one message
//! per problem, naming what is missing, and the boxes at fault marked.
//!
//! Plain Rust with no browser in it, so its tests run natively.

use crate::formats::diary::LocalDateTime;
use crate::ui::dates::DatePart;

/// One of the boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhenField {
    Date(DatePart),
    Time,
}

impl WhenField {
    /// The box's element id, which the error summary links to.
    pub fn id(self) -> &'static str {
        match self {
            WhenField::Date(DatePart::Day) => "kt-episode-day",
            WhenField::Date(DatePart::Month) => "kt-episode-month",
            WhenField::Date(DatePart::Year) => "kt-episode-year",
            WhenField::Time => "kt-episode-time",
        }
    }
}

/// What is typed in the boxes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WhenDraft {
    pub day: String,
    pub month: String,
    pub year: String,
    pub time: String,
}

/// One problem: its catalog key and the boxes at fault, the first of
/// them (in the order shown) being where the summary's link goes.
#[derive(Clone, Debug, PartialEq)]
pub struct WhenError {
    pub key: &'static str,
    pub fields: Vec<WhenField>,
}

/// Whole numbers only, of at most `max_digits` digits; spaces around are
/// forgiven, as a phone keyboard adds them.
fn number(text: &str, max_digits: usize) -> Option<u16> {
    let t = text.trim();
    let ok = !t.is_empty() && t.len() <= max_digits && t.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| t.parse().ok()).flatten()
}

/// Reads a time as people write it: "14:30", "14.30", "1430", "9", and in
/// the 12-hour clock "2:30 PM", "2:30pm", "2:30 p. m." (en-US, es-MX).
/// Spaces are ignored, with the no-break ones `Intl` puts before "PM".
/// ASCII tests only: Unicode's letter and case tables would add kilobytes
/// of wasm, and every letter a time can hold is ASCII.
pub fn parse_time(text: &str) -> Option<(u8, u8)> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let split = compact
        .find(|c: char| !c.is_ascii_digit() && c != ':' && c != '.')
        .unwrap_or(compact.len());
    let (body, period) = compact.split_at(split);
    let period: String = period.chars().filter(|c| *c != '.').collect();
    let body = body.trim_end_matches('.');
    let (hour, minute) = match body.find([':', '.']) {
        Some(at) => {
            let minute = &body[at + 1..];
            (minute.len() == 2).then_some(())?;
            (number(&body[..at], 2)?, number(minute, 2)?)
        }
        None if body.len() <= 2 => (number(body, 2)?, 0),
        None if body.len() <= 4 => {
            let at = body.len() - 2;
            (number(&body[..at], 2)?, number(&body[at..], 2)?)
        }
        None => return None,
    };
    let hour = match period.as_str() {
        "" if hour <= 23 => hour,
        "am" if (1..=12).contains(&hour) => hour % 12,
        "pm" if (1..=12).contains(&hour) => hour % 12 + 12,
        _ => return None,
    };
    if minute > 59 {
        return None;
    }
    Some((u8::try_from(hour).ok()?, u8::try_from(minute).ok()?))
}

/// The key naming the date's missing parts ("The date must include a day").
fn missing_key(day: bool, month: bool, year: bool) -> &'static str {
    match (day, month, year) {
        (true, true, true) => "ui.diary.error.at",
        (true, true, false) => "ui.diary.error.date_missing.day_month",
        (true, false, true) => "ui.diary.error.date_missing.day_year",
        (false, true, true) => "ui.diary.error.date_missing.month_year",
        (true, false, false) => "ui.diary.error.date_missing.day",
        (false, true, false) => "ui.diary.error.date_missing.month",
        _ => "ui.diary.error.date_missing.year",
    }
}

/// Keeps the fields in the order the boxes are shown.
fn in_order(order: [DatePart; 3], fields: Vec<WhenField>) -> Vec<WhenField> {
    order
        .iter()
        .map(|p| WhenField::Date(*p))
        .chain([WhenField::Time])
        .filter(|f| fields.contains(f))
        .collect()
}

/// The date, or its one problem.
fn check_date(d: &WhenDraft, order: [DatePart; 3]) -> Result<(u16, u8, u8), WhenError> {
    let empty = |s: &str| s.trim().is_empty();
    let (no_day, no_month, no_year) = (empty(&d.day), empty(&d.month), empty(&d.year));
    if no_day || no_month || no_year {
        let fields = [
            (no_day, DatePart::Day),
            (no_month, DatePart::Month),
            (no_year, DatePart::Year),
        ]
        .into_iter()
        .filter(|(missing, _)| *missing)
        .map(|(_, p)| WhenField::Date(p))
        .collect();
        return Err(WhenError {
            key: missing_key(no_day, no_month, no_year),
            fields: in_order(order, fields),
        });
    }
    let year = number(&d.year, 4).filter(|_| d.year.trim().len() == 4);
    let Some(year) = year else {
        return Err(WhenError {
            key: "ui.diary.error.year_digits",
            fields: vec![WhenField::Date(DatePart::Year)],
        });
    };
    let month = number(&d.month, 2)
        .and_then(|m| u8::try_from(m).ok())
        .filter(|m| (1..=12).contains(m));
    let day = number(&d.day, 2).and_then(|n| u8::try_from(n).ok());
    let real = |m: u8| day.and_then(|day| LocalDateTime::new(year, m, day, 0, 0));
    match (month, month.and_then(real)) {
        (Some(m), Some(_)) => Ok((year, m, day.unwrap_or(1))),
        (None, _) => {
            let day_ok = day.is_some_and(|n| (1..=31).contains(&n));
            let mut fields = vec![WhenField::Date(DatePart::Month)];
            if !day_ok {
                fields.push(WhenField::Date(DatePart::Day));
            }
            Err(WhenError {
                key: "ui.diary.error.date_real",
                fields: in_order(order, fields),
            })
        }
        (Some(_), None) => Err(WhenError {
            key: "ui.diary.error.date_real",
            fields: vec![WhenField::Date(DatePart::Day)],
        }),
    }
}

/// Checks the boxes: the date, the time, and that together they are not
/// later than `now`. Every problem found, in the order of the boxes.
pub fn check_when(
    d: &WhenDraft,
    order: [DatePart; 3],
    now: Option<LocalDateTime>,
) -> Result<LocalDateTime, Vec<WhenError>> {
    let date = check_date(d, order);
    let time = if d.time.trim().is_empty() {
        Err(WhenError {
            key: "ui.diary.error.time_missing",
            fields: vec![WhenField::Time],
        })
    } else {
        parse_time(&d.time).ok_or(WhenError {
            key: "ui.diary.error.time",
            fields: vec![WhenField::Time],
        })
    };
    match (date, time) {
        (Ok((y, mo, day)), Ok((h, mi))) => {
            let at = LocalDateTime::new(y, mo, day, h, mi).ok_or_else(Vec::new)?;
            if now.is_some_and(|now| at > now) {
                let mut fields: Vec<WhenField> =
                    order.iter().map(|p| WhenField::Date(*p)).collect();
                fields.push(WhenField::Time);
                return Err(vec![WhenError {
                    key: "ui.diary.error.at_future",
                    fields,
                }]);
            }
            Ok(at)
        }
        (date, time) => Err([date.err(), time.err()].into_iter().flatten().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::dates::DAY_FIRST;

    const US: [DatePart; 3] = [DatePart::Month, DatePart::Day, DatePart::Year];

    fn draft(day: &str, month: &str, year: &str, time: &str) -> WhenDraft {
        WhenDraft {
            day: day.into(),
            month: month.into(),
            year: year.into(),
            time: time.into(),
        }
    }

    fn keys(r: Result<LocalDateTime, Vec<WhenError>>) -> Vec<&'static str> {
        r.err().unwrap_or_default().iter().map(|e| e.key).collect()
    }

    #[test]
    fn times_are_read_in_both_clocks() {
        assert_eq!(parse_time("14:30"), Some((14, 30)));
        assert_eq!(parse_time(" 9.05 "), Some((9, 5)));
        assert_eq!(parse_time("1430"), Some((14, 30)));
        assert_eq!(parse_time("7"), Some((7, 0)));
        assert_eq!(parse_time("2:30\u{202f}PM"), Some((14, 30)));
        assert_eq!(parse_time("12:05 am"), Some((0, 5)));
        assert_eq!(parse_time("12:05 p.m."), Some((12, 5)));
        assert_eq!(parse_time("9:05\u{a0}a.\u{a0}m."), Some((9, 5)));
        assert_eq!(parse_time("9pm"), Some((21, 0)));
        for bad in [
            "", "24:00", "12:60", "13:00 pm", "0:10 am", "9:5", "ab", "12345", "9:05 xm", "-1:00",
            "9::05",
        ] {
            assert_eq!(parse_time(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_full_date_and_time_is_read() {
        let at = check_when(&draft("14", "11", "2026", "9:05 PM"), US, None);
        assert_eq!(at.ok(), LocalDateTime::new(2026, 11, 14, 21, 5));
    }

    #[test]
    fn missing_parts_are_named_and_linked_in_the_order_shown() {
        let r = check_when(&draft("", "", "2026", "10:00"), US, None);
        let errors = r.err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].key, "ui.diary.error.date_missing.day_month");
        // The US order shows the month first, so the link goes there.
        assert_eq!(errors[0].fields[0], WhenField::Date(DatePart::Month));
        let r = check_when(&draft("", "", "2026", "10:00"), DAY_FIRST, None);
        assert_eq!(
            r.err().unwrap_or_default()[0].fields[0],
            WhenField::Date(DatePart::Day)
        );
        assert_eq!(
            keys(check_when(&draft("", "", "", ""), US, None)),
            ["ui.diary.error.at", "ui.diary.error.time_missing"]
        );
        assert_eq!(
            keys(check_when(&draft("1", "2", "", "x"), US, None)),
            ["ui.diary.error.date_missing.year", "ui.diary.error.time"]
        );
    }

    #[test]
    fn a_date_must_be_real() {
        for (d, m, y, key, field) in [
            ("31", "2", "2026", "ui.diary.error.date_real", DatePart::Day),
            ("29", "2", "2025", "ui.diary.error.date_real", DatePart::Day),
            (
                "12",
                "13",
                "2026",
                "ui.diary.error.date_real",
                DatePart::Month,
            ),
            ("1", "1", "26", "ui.diary.error.year_digits", DatePart::Year),
            ("x", "1", "2026", "ui.diary.error.date_real", DatePart::Day),
        ] {
            let errors = check_when(&draft(d, m, y, "10:00"), DAY_FIRST, None)
                .err()
                .unwrap_or_default();
            assert_eq!(errors.len(), 1, "{d} {m} {y}");
            assert_eq!(
                (errors[0].key, errors[0].fields[0]),
                (key, WhenField::Date(field)),
                "{d} {m} {y}"
            );
        }
        assert!(check_when(&draft("29", "2", "2028", "10:00"), DAY_FIRST, None).is_ok());
    }

    #[test]
    fn not_in_the_future() {
        let now = LocalDateTime::new(2026, 12, 1, 8, 16);
        assert!(check_when(&draft("1", "12", "2026", "08:16"), DAY_FIRST, now).is_ok());
        let later = check_when(&draft("1", "12", "2026", "08:17"), DAY_FIRST, now);
        assert_eq!(keys(later), ["ui.diary.error.at_future"]);
        assert_eq!(
            keys(check_when(
                &draft("2", "12", "2026", "00:00"),
                DAY_FIRST,
                now
            )),
            ["ui.diary.error.at_future"]
        );
    }
}
