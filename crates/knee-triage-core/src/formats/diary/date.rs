//! Local wall-clock dates and times, as a `datetime-local` input gives them,
//! and the day numbers the stats count with.

use std::fmt;

use super::{echo, DiaryError};

/// A local wall-clock time to the minute, as an HTML `datetime-local` input
/// gives it ("YYYY-MM-DDTHH:MM"), with no time zone.
///
/// The fields are private so every value is a real calendar minute (years
/// 1 to 9999, leap years counted); build one with [`LocalDateTime::new`] or
/// [`LocalDateTime::parse`]. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
}

/// Whether a year of the (proleptic) Gregorian calendar has a 29 February.
fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl LocalDateTime {
    /// A checked date and time; `None` unless it is a real calendar minute in
    /// years 1 to 9999 (the years a four-digit `datetime-local` value holds).
    pub fn new(year: u16, month: u8, day: u8, hour: u8, minute: u8) -> Option<LocalDateTime> {
        let real = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour <= 23
            && minute <= 59;
        real.then_some(LocalDateTime {
            year,
            month,
            day,
            hour,
            minute,
        })
    }

    /// Reads exactly "YYYY-MM-DDTHH:MM", the value of a `datetime-local`
    /// input with its default one-minute step. Anything else, including a
    /// day the calendar does not have, is refused with the field `at`.
    pub fn parse(text: &str) -> Result<LocalDateTime, DiaryError> {
        parse_at(text, "at")
    }

    /// The year, 1 to 9999.
    pub fn year(&self) -> u16 {
        self.year
    }
    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }
    /// The day of the month, from 1.
    pub fn day(&self) -> u8 {
        self.day
    }
    /// The hour, 0 to 23.
    pub fn hour(&self) -> u8 {
        self.hour
    }
    /// The minute, 0 to 59.
    pub fn minute(&self) -> u8 {
        self.minute
    }

    /// The date as "YYYY-MM-DD".
    pub fn date_text(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The time as "HH:MM".
    pub fn time_text(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// Days since 1970-01-01 (negative before it), so the stats can count
    /// calendar days with plain integers and no time zone crate. Uses Howard
    /// Hinnant's `days_from_civil`, exact for the whole proleptic Gregorian
    /// calendar.
    pub fn day_number(&self) -> i32 {
        day_number(self.year, self.month, self.day)
    }
}

/// Howard Hinnant's `days_from_civil`, for a date already checked.
fn day_number(year: u16, month: u8, day: u8) -> i32 {
    let m = i32::from(month);
    let y = i32::from(year) - i32::from(m <= 2);
    // Checked years are positive, so eras need no rounding toward -inf.
    let era = y / 400;
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date (year, month, day) of a day number, the inverse of
/// [`LocalDateTime::day_number`], for labelling the days of
/// [`DiaryStats::per_day`](super::DiaryStats::per_day). `None` outside years 1 to 9999.
pub fn date_of_day_number(day_number: i32) -> Option<(u16, u8, u8)> {
    // Hinnant's `civil_from_days`, in i64 so no day number can overflow.
    let z = i64::from(day_number) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let year = u16::try_from(y).ok().filter(|y| (1..=9999).contains(y))?;
    Some((year, u8::try_from(m).ok()?, u8::try_from(d).ok()?))
}

pub(super) fn parse_at(text: &str, field: &str) -> Result<LocalDateTime, DiaryError> {
    let bad = || DiaryError::BadDateTime {
        field: field.to_string(),
        found: echo(text),
    };
    let b = text.as_bytes();
    if b.len() != 16 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return Err(bad());
    }
    // Reads the ASCII digits b[from..to]; at most four, so no overflow.
    let digits = |from: usize, to: usize| -> Option<u16> {
        b[from..to].iter().try_fold(0u16, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u16::from(c - b'0'))
        })
    };
    let small = |from: usize, to: usize| digits(from, to).and_then(|n| u8::try_from(n).ok());
    let parts = (
        digits(0, 4),
        small(5, 7),
        small(8, 10),
        small(11, 13),
        small(14, 16),
    );
    match parts {
        (Some(y), Some(mo), Some(d), Some(h), Some(mi)) => {
            LocalDateTime::new(y, mo, d, h, mi).ok_or_else(bad)
        }
        _ => Err(bad()),
    }
}

impl fmt::Display for LocalDateTime {
    /// Writes "YYYY-MM-DDTHH:MM", the form [`LocalDateTime::parse`] reads
    /// and a `datetime-local` input accepts as its value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute
        )
    }
}

impl std::str::FromStr for LocalDateTime {
    type Err = DiaryError;

    fn from_str(text: &str) -> Result<LocalDateTime, DiaryError> {
        LocalDateTime::parse(text)
    }
}
