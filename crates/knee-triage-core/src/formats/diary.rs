//! The symptom diary: episodes of twitching a person logs for their doctor.
//!
//! The diary also feeds the triage, because twitching that has gone on for
//! more than two weeks, or is getting more frequent, is a warning sign in the
//! articles. So its numbers must be exact and reproducible: everything here is
//! deterministic, reads no clock and knows no time zone. Times are the local
//! wall-clock times a person typed, and "today" is always passed in.
//!
//! As with the answers, a diary can only hold checked episodes: each one is
//! built through [`Episode::new`] (which [`Diary::add`] and the JSON reader
//! both use), and every refusal is a [`DiaryError`] naming the field at fault.
//! Nothing here panics, whatever the input.

use std::fmt;

use crate::formats::json::{Map, Value};
use crate::knowledge::diary_signs;

/// The most episodes one diary holds, so a stored or imported diary stays
/// small enough for device storage and a quick export.
pub const MAX_EPISODES: usize = 2000;
/// The longest note, in characters (Unicode scalar values).
pub const MAX_NOTES_CHARS: usize = 500;
/// The longest episode in minutes: a whole day. 0 means under a minute.
pub const MAX_MINUTES: u16 = 1440;
/// The weakest and strongest twitching on the diary's scale.
pub const MIN_STRENGTH: u8 = 1;
pub const MAX_STRENGTH: u8 = 5;
/// The longest window [`Diary::stats`] counts, about ten years, so a wrong
/// argument cannot ask for a huge allocation.
pub const MAX_STATS_DAYS: u32 = 3660;
/// The fewest episodes in a window for [`Diary::stats`] to call a trend
/// (the knowledge's threshold, `knowledge::diary_signs`).
pub const MIN_EPISODES_FOR_TREND: u32 = diary_signs::RISING_MIN_EPISODES;

/// The fields of one episode in JSON, in the order they are written.
const EPISODE_FIELDS: [&str; 6] = ["at", "minutes", "strength", "side", "notes", "triggers"];

/// Why an episode or a diary was refused. Each names the field at fault:
/// `strength` when checking one episode, `diary[3].strength` when reading a
/// stored diary, so the UI can point at the input and a reviewer at the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    NotAList {
        field: String,
    },
    NotAnObject {
        field: String,
    },
    MissingField {
        field: String,
    },
    UnknownField {
        field: String,
    },
    WrongType {
        field: String,
        expected: &'static str,
    },
    OutOfRange {
        field: String,
        min: u32,
        max: u32,
    },
    BadDateTime {
        field: String,
        found: String,
    },
    UnknownChoice {
        field: String,
        choice: String,
    },
    Repeated {
        field: String,
        choice: &'static str,
    },
    TooLong {
        field: String,
        max: usize,
    },
    TooMany {
        field: String,
        max: usize,
    },
}

impl DiaryError {
    /// The path of the field at fault (`diary[3].strength`, or `strength`
    /// for an episode checked on its own).
    pub fn field(&self) -> &str {
        use DiaryError::*;
        match self {
            NotAList { field }
            | NotAnObject { field }
            | MissingField { field }
            | UnknownField { field }
            | WrongType { field, .. }
            | OutOfRange { field, .. }
            | BadDateTime { field, .. }
            | UnknownChoice { field, .. }
            | Repeated { field, .. }
            | TooLong { field, .. }
            | TooMany { field, .. } => field,
        }
    }
}

impl fmt::Display for DiaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DiaryError::*;
        match self {
            NotAList { field } => write!(f, "{field}: expected a list (a JSON array)"),
            NotAnObject { field } => write!(f, "{field}: expected a JSON object"),
            MissingField { field } => write!(f, "{field}: this field is missing"),
            UnknownField { field } => write!(f, "{field}: this field is not part of the format"),
            WrongType { field, expected } => write!(f, "{field}: expected {expected}"),
            OutOfRange { field, min, max } => {
                write!(f, "{field}: expected a whole number from {min} to {max}")
            }
            BadDateTime { field, found } => write!(
                f,
                "{field}: \"{found}\" is not a real date and time (expected YYYY-MM-DDTHH:MM)"
            ),
            UnknownChoice { field, choice } => {
                write!(f, "{field}: \"{choice}\" is not one of the choices")
            }
            Repeated { field, choice } => write!(f, "{field}: \"{choice}\" is given twice"),
            TooLong { field, max } => {
                write!(f, "{field}: too long (at most {max} characters)")
            }
            TooMany { field, max } => {
                write!(f, "{field}: a diary holds at most {max} episodes")
            }
        }
    }
}

impl std::error::Error for DiaryError {}

/// Echoes a refused value in an error message, cut short so a hostile file
/// cannot make the message itself huge.
fn echo(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.chars().filter(|c| !c.is_control()).collect()
    } else {
        let mut short: String = text.chars().take(MAX).filter(|c| !c.is_control()).collect();
        short.push('…');
        short
    }
}

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

    pub fn year(&self) -> u16 {
        self.year
    }
    pub fn month(&self) -> u8 {
        self.month
    }
    pub fn day(&self) -> u8 {
        self.day
    }
    pub fn hour(&self) -> u8 {
        self.hour
    }
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
/// [`DiaryStats::per_day`]. `None` outside years 1 to 9999.
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

fn parse_at(text: &str, field: &str) -> Result<LocalDateTime, DiaryError> {
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

/// Which knee twitched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Left,
    Right,
    Both,
}

impl Side {
    /// Every side, in the order the UI offers them.
    pub const ALL: [Side; 3] = [Side::Left, Side::Right, Side::Both];

    /// The stable id written in JSON and CSV; never translated.
    pub fn id(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
            Side::Both => "both",
        }
    }

    pub fn from_id(id: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Something the person thinks set the twitching off. The declaration order
/// is the order an episode keeps them in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Trigger {
    Exercise,
    Caffeine,
    Stress,
    PoorSleep,
}

impl Trigger {
    /// Every trigger, in the order an episode keeps them.
    pub const ALL: [Trigger; 4] = [
        Trigger::Exercise,
        Trigger::Caffeine,
        Trigger::Stress,
        Trigger::PoorSleep,
    ];

    /// The stable id written in JSON and CSV; never translated.
    pub fn id(self) -> &'static str {
        match self {
            Trigger::Exercise => "exercise",
            Trigger::Caffeine => "caffeine",
            Trigger::Stress => "stress",
            Trigger::PoorSleep => "poor_sleep",
        }
    }

    pub fn from_id(id: &str) -> Option<Trigger> {
        Trigger::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// One logged episode of twitching.
///
/// The fields are public for reading and for filling a form, but a [`Diary`]
/// only takes episodes through [`Diary::add`], which checks them again, so a
/// field changed by hand cannot slip an invalid value into the diary.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Episode {
    /// When it started, in local time.
    pub at: LocalDateTime,
    /// How long it lasted, 0 to 1440; 0 means under a minute.
    pub minutes: u16,
    /// How strong it felt, 1 (barely) to 5 (strongest).
    pub strength: u8,
    pub side: Side,
    /// Free text for the doctor: at most 500 characters, no control
    /// characters (not even line breaks), so it stays one line in a CSV row.
    pub notes: String,
    /// No repeats, in the order of [`Trigger::ALL`].
    pub triggers: Vec<Trigger>,
}

impl Episode {
    /// Checks each field and builds an episode. Control characters are
    /// removed from the notes (they come from pasted text, and a line break
    /// would split the CSV row a doctor reads) before the length is checked;
    /// triggers are put in the order of [`Trigger::ALL`], and a repeat is
    /// refused. Errors name the bare field (`strength`).
    pub fn new(
        at: LocalDateTime,
        minutes: u16,
        strength: u8,
        side: Side,
        notes: &str,
        triggers: &[Trigger],
    ) -> Result<Episode, DiaryError> {
        build(at, minutes, strength, side, notes, triggers, "")
    }

    fn to_json_value(&self) -> Value {
        let mut o = Map::new();
        o.insert("at".into(), Value::from(self.at.to_string()));
        o.insert("minutes".into(), Value::from(self.minutes));
        o.insert("strength".into(), Value::from(self.strength));
        o.insert("side".into(), Value::from(self.side.id()));
        o.insert("notes".into(), Value::from(self.notes.as_str()));
        let triggers = self.triggers.iter().map(|t| Value::from(t.id())).collect();
        o.insert("triggers".into(), Value::Array(triggers));
        Value::Object(o)
    }
}

/// The checks of [`Episode::new`], with field paths under `prefix`
/// (`"diary[3]."`, or `""` for a lone episode).
fn build(
    at: LocalDateTime,
    minutes: u16,
    strength: u8,
    side: Side,
    notes: &str,
    triggers: &[Trigger],
    prefix: &str,
) -> Result<Episode, DiaryError> {
    if minutes > MAX_MINUTES {
        return Err(DiaryError::OutOfRange {
            field: format!("{prefix}minutes"),
            min: 0,
            max: MAX_MINUTES.into(),
        });
    }
    if !(MIN_STRENGTH..=MAX_STRENGTH).contains(&strength) {
        return Err(DiaryError::OutOfRange {
            field: format!("{prefix}strength"),
            min: MIN_STRENGTH.into(),
            max: MAX_STRENGTH.into(),
        });
    }
    let notes: String = notes.chars().filter(|c| !c.is_control()).collect();
    if notes.chars().count() > MAX_NOTES_CHARS {
        return Err(DiaryError::TooLong {
            field: format!("{prefix}notes"),
            max: MAX_NOTES_CHARS,
        });
    }
    for (i, t) in triggers.iter().enumerate() {
        if triggers[..i].contains(t) {
            return Err(DiaryError::Repeated {
                field: format!("{prefix}triggers"),
                choice: t.id(),
            });
        }
    }
    let triggers = Trigger::ALL
        .into_iter()
        .filter(|t| triggers.contains(t))
        .collect();
    Ok(Episode {
        at,
        minutes,
        strength,
        side,
        notes,
        triggers,
    })
}

/// A person's logged episodes, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Diary {
    episodes: Vec<Episode>,
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    /// Checks an episode again (see [`Episode`]) and files it in time order,
    /// after any logged at the same minute. Returns where it went, so the UI
    /// can show or focus it. Refused once the diary holds [`MAX_EPISODES`].
    pub fn add(&mut self, episode: Episode) -> Result<usize, DiaryError> {
        if self.episodes.len() >= MAX_EPISODES {
            return Err(DiaryError::TooMany {
                field: "diary".into(),
                max: MAX_EPISODES,
            });
        }
        let Episode {
            at,
            minutes,
            strength,
            side,
            notes,
            triggers,
        } = episode;
        let episode = Episode::new(at, minutes, strength, side, &notes, &triggers)?;
        Ok(self.insert(episode))
    }

    /// Files a checked episode in time order; equal times keep arrival order.
    fn insert(&mut self, episode: Episode) -> usize {
        let index = self.episodes.partition_point(|e| e.at <= episode.at);
        self.episodes.insert(index, episode);
        index
    }

    /// Takes out the episode at `index` (as in [`Diary::episodes`]); `None`
    /// if there is none.
    pub fn remove(&mut self, index: usize) -> Option<Episode> {
        (index < self.episodes.len()).then(|| self.episodes.remove(index))
    }

    /// Every episode, oldest first.
    pub fn episodes(&self) -> &[Episode] {
        &self.episodes
    }

    /// The diary as a JSON array of episodes, oldest first, each
    /// `{"at","minutes","strength","side","notes","triggers"}` with ids for
    /// the side and triggers. Meant to sit inside the device record and an
    /// export.
    pub fn to_json_value(&self) -> Value {
        Value::Array(self.episodes.iter().map(Episode::to_json_value).collect())
    }

    /// Reads a diary written by [`Diary::to_json_value`], walking the value by
    /// hand so each refusal names its field (`diary[3].strength`) and nothing
    /// in a hostile value can panic. Every field is required and no other is
    /// allowed. As in [`Episode::new`], control characters are removed from
    /// notes and triggers are put in order; episodes out of time order are
    /// sorted.
    pub fn from_json_value(value: &Value) -> Result<Diary, DiaryError> {
        let items = value.as_array().ok_or_else(|| DiaryError::NotAList {
            field: "diary".into(),
        })?;
        if items.len() > MAX_EPISODES {
            return Err(DiaryError::TooMany {
                field: "diary".into(),
                max: MAX_EPISODES,
            });
        }
        let mut diary = Diary {
            episodes: Vec::with_capacity(items.len()),
        };
        for (i, item) in items.iter().enumerate() {
            let episode = read_episode(item, &format!("diary[{i}]"))?;
            diary.insert(episode);
        }
        Ok(diary)
    }

    /// The diary as CSV for a doctor or a spreadsheet (RFC 4180): a header
    /// row `date,time,minutes,strength,side,triggers,notes`, one row per
    /// episode oldest first, ids in English, triggers joined with `;`, every
    /// line ending in CRLF. A field holding a comma, quote, CR or LF is
    /// quoted with its quotes doubled. Notes starting with `=`, `+`, `-`,
    /// `@`, tab or CR get a leading apostrophe, so a spreadsheet shows them
    /// as text instead of running them as a formula.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from("date,time,minutes,strength,side,triggers,notes\r\n");
        for e in &self.episodes {
            let triggers: Vec<&str> = e.triggers.iter().map(|t| t.id()).collect();
            let row = [
                e.at.date_text(),
                e.at.time_text(),
                e.minutes.to_string(),
                e.strength.to_string(),
                e.side.id().to_string(),
                triggers.join(";"),
                defuse_formula(&e.notes),
            ];
            let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
            csv.push_str(&row.join(","));
            csv.push_str("\r\n");
        }
        csv
    }

    /// Counts over the `days` days ending on `today` (a day number, see
    /// [`LocalDateTime::day_number`]), inclusive. Episodes after `today` are
    /// left out of the window's counts and trend; `span_days` covers the
    /// whole diary. `days` is capped at [`MAX_STATS_DAYS`].
    ///
    /// The trend, so a few episodes cannot make a trend by chance:
    /// - `TooFew` when the window holds fewer than
    ///   `diary_signs::RISING_MIN_EPISODES` episodes (or is shorter than 2
    ///   days, so it has no halves);
    /// - otherwise the window is split into an earlier and a later half of
    ///   `days / 2` days each (with an odd `days`, the middle day belongs to
    ///   neither, so the halves compare like with like);
    /// - `Rising` when later ≥ earlier + `RISING_MIN_MORE` and later ≥
    ///   `RISING_MIN_RATIO` × earlier (today: two more, and half as many
    ///   again);
    /// - `Falling` when the same holds the other way round;
    /// - `Steady` otherwise.
    pub fn stats(&self, today: i32, days: u32) -> DiaryStats {
        let days = days.min(MAX_STATS_DAYS);
        let mut per_day = vec![0u32; days as usize];
        // i64, so no `today` or `days` can overflow.
        let first = i64::from(today) - i64::from(days) + 1;
        for e in &self.episodes {
            let offset = i64::from(e.at.day_number()) - first;
            if let Some(count) = usize::try_from(offset)
                .ok()
                .and_then(|i| per_day.get_mut(i))
            {
                *count += 1;
            }
        }
        let total: u32 = per_day.iter().sum();
        let half = per_day.len() / 2;
        let earlier: u32 = per_day[..half].iter().sum();
        let later: u32 = per_day[per_day.len() - half..].iter().sum();
        let trend = trend(total, half, earlier, later);
        DiaryStats {
            days,
            per_day,
            total,
            trend,
            span_days: self.span_days(),
        }
    }

    /// Calendar days from the first logged episode to the last, both
    /// counted (one episode, or several on one day, give 1); 0 when empty.
    pub fn span_days(&self) -> u32 {
        match (self.episodes.first(), self.episodes.last()) {
            (Some(first), Some(last)) => {
                let span = i64::from(last.at.day_number()) - i64::from(first.at.day_number()) + 1;
                u32::try_from(span).unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// Whether the twitching has been logged over more than two weeks
    /// (`span_days > diary_signs::LASTING_DAYS`): the articles' warning sign
    /// is twitching that "lasts more than two weeks", and this is the
    /// diary's evidence of it.
    pub fn logged_over_two_weeks(&self) -> bool {
        self.span_days() > diary_signs::LASTING_DAYS
    }
}

fn trend(total: u32, half: usize, earlier: u32, later: u32) -> Trend {
    if total < MIN_EPISODES_FOR_TREND || half == 0 {
        return Trend::TooFew;
    }
    let (earlier, later) = (u64::from(earlier), u64::from(later));
    let more = u64::from(diary_signs::RISING_MIN_MORE);
    let (times, per) = diary_signs::RISING_MIN_RATIO;
    let (times, per) = (u64::from(times), u64::from(per));
    if later >= earlier + more && per * later >= times * earlier {
        Trend::Rising
    } else if earlier >= later + more && per * earlier >= times * later {
        Trend::Falling
    } else {
        Trend::Steady
    }
}

/// Whether episodes are getting more or less frequent; see [`Diary::stats`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Trend {
    Rising,
    Falling,
    Steady,
    TooFew,
}

/// What [`Diary::stats`] found.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DiaryStats {
    /// The window's length in days (after the cap).
    pub days: u32,
    /// Episodes on each day of the window, oldest first; `days` entries, the
    /// last one being `today`.
    pub per_day: Vec<u32>,
    /// Episodes in the window.
    pub total: u32,
    pub trend: Trend,
    /// As [`Diary::span_days`]: over the whole diary, not just the window.
    pub span_days: u32,
}

fn read_episode(value: &Value, path: &str) -> Result<Episode, DiaryError> {
    let o = value.as_object().ok_or_else(|| DiaryError::NotAnObject {
        field: path.to_string(),
    })?;
    for key in o.keys() {
        if !EPISODE_FIELDS.contains(&key.as_str()) {
            return Err(DiaryError::UnknownField {
                field: format!("{path}.{key}"),
            });
        }
    }
    let get = |name: &str| {
        o.get(name).ok_or_else(|| DiaryError::MissingField {
            field: format!("{path}.{name}"),
        })
    };
    let wrong = |name: &str, expected: &'static str| DiaryError::WrongType {
        field: format!("{path}.{name}"),
        expected,
    };

    let at_text = get("at")?
        .as_str()
        .ok_or_else(|| wrong("at", "a date and time written YYYY-MM-DDTHH:MM"))?;
    let at = parse_at(at_text, &format!("{path}.at"))?;

    let minutes = whole_number(get("minutes")?, path, "minutes", 0, MAX_MINUTES.into())?;
    let strength = whole_number(
        get("strength")?,
        path,
        "strength",
        MIN_STRENGTH.into(),
        MAX_STRENGTH.into(),
    )?;

    let side_id = get("side")?
        .as_str()
        .ok_or_else(|| wrong("side", "\"left\", \"right\" or \"both\""))?;
    let side = Side::from_id(side_id).ok_or_else(|| DiaryError::UnknownChoice {
        field: format!("{path}.side"),
        choice: echo(side_id),
    })?;

    let notes = get("notes")?
        .as_str()
        .ok_or_else(|| wrong("notes", "text (a string)"))?;

    let items = get("triggers")?
        .as_array()
        .ok_or_else(|| wrong("triggers", "a list of trigger ids (an array of strings)"))?;
    let mut triggers = Vec::with_capacity(items.len().min(Trigger::ALL.len()));
    for (i, item) in items.iter().enumerate() {
        let field = format!("{path}.triggers[{i}]");
        let id = item.as_str().ok_or_else(|| DiaryError::WrongType {
            field: field.clone(),
            expected: "a trigger id (a string)",
        })?;
        let trigger = Trigger::from_id(id).ok_or_else(|| DiaryError::UnknownChoice {
            field: field.clone(),
            choice: echo(id),
        })?;
        if triggers.contains(&trigger) {
            return Err(DiaryError::Repeated {
                field,
                choice: trigger.id(),
            });
        }
        triggers.push(trigger);
    }

    // The ranges were checked above, so these conversions cannot fail.
    let minutes = u16::try_from(minutes).unwrap_or(MAX_MINUTES);
    let strength = u8::try_from(strength).unwrap_or(MAX_STRENGTH);
    build(
        at,
        minutes,
        strength,
        side,
        notes,
        &triggers,
        &format!("{path}."),
    )
}

/// A whole number in `min..=max`; other numbers are out of range, anything
/// else is the wrong type.
fn whole_number(
    value: &Value,
    path: &str,
    name: &str,
    min: u32,
    max: u32,
) -> Result<u32, DiaryError> {
    let field = format!("{path}.{name}");
    let out_of_range = || DiaryError::OutOfRange {
        field: field.clone(),
        min,
        max,
    };
    let Value::Number(n) = value else {
        return Err(DiaryError::WrongType {
            field: field.clone(),
            expected: "a whole number",
        });
    };
    // Negative, fractional and huge numbers are all outside the range.
    let n = n.as_u64().ok_or_else(out_of_range)?;
    u32::try_from(n)
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(out_of_range)
}

/// Puts an apostrophe before text a spreadsheet would take for a formula
/// (OWASP's list: `=`, `+`, `-`, `@`, tab, CR), so opening the export cannot
/// run anything; the apostrophe shows the rest as plain text.
fn defuse_formula(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// One RFC 4180 field: quoted, with quotes doubled, when it holds a comma,
/// quote, CR or LF; as it is otherwise.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

impl Diary {
    /// What the triage rules need from the diary: whether it covers more than
    /// two weeks, and whether the last two weeks show twitching rising.
    pub fn facts(&self, today: i32) -> crate::engine::DiaryFacts {
        crate::engine::DiaryFacts {
            span_days: self.span_days(),
            over_two_weeks: self.logged_over_two_weeks(),
            rising: self.stats(today, diary_signs::RISING_WINDOW_DAYS).trend == Trend::Rising,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_and_dates_agree() {
        for n in [-719_162, -1, 0, 1, 11_016, 11_017, 20_779, 2_932_896] {
            let (y, m, d) = date_of_day_number(n).unwrap();
            assert_eq!(LocalDateTime::new(y, m, d, 0, 0).unwrap().day_number(), n);
        }
        assert_eq!(date_of_day_number(-719_163), None);
        assert_eq!(date_of_day_number(2_932_897), None);
        assert_eq!(date_of_day_number(i32::MIN), None);
        assert_eq!(date_of_day_number(i32::MAX), None);
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
        assert_eq!(csv_field("a\rb"), "\"a\rb\"");
        assert_eq!(defuse_formula("\tx"), "'\tx");
        assert_eq!(defuse_formula("\rx"), "'\rx");
        assert_eq!(defuse_formula(""), "");
    }

    #[test]
    fn a_trend_needs_halves() {
        assert_eq!(trend(10, 0, 0, 0), Trend::TooFew);
        assert_eq!(trend(4, 1, 0, 4), Trend::Rising);
    }
}
