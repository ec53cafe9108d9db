//! Dates, times and numbers as the visitor's locale writes them.
//!
//! One set of `Intl` options per kind of date, so every date of one kind
//! reads the same everywhere (the diary's form, chart and table, the
//! printout): a person who reads "12/01" as 12 January on one line and as
//! 1 December on the next could give a doctor the wrong dates. There are
//! two kinds: a date and time, and the chart's short day. Months are
//! written as words, so no date can be read in the wrong order; only the
//! diary's date boxes are numbers, and they follow the locale's order.
//!
//! The diary's times are wall-clock times with no zone, so they are drawn
//! as UTC and formatted in UTC: the same minute comes back out, even on the
//! night the clocks change. The CSV keeps ISO dates for spreadsheets.

use std::rc::Rc;

use js_sys::Intl::{DateTimeFormat, NumberFormat};
use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::formats::diary::{date_of_day_number, LocalDateTime};
use crate::ui::text::use_words;

/// One of the three numbers of a date, for the diary's date boxes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// Day, month, year: the order when the locale gives none we know.
pub const DAY_FIRST: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

/// What a `<time>` holds, so tests and styles can tell the kinds apart:
/// two dates of one kind on a screen must read alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DateKind {
    /// "14 November 2026 at 09:05": when an episode happened, the printout.
    DateTime,
    /// "14 Nov": the chart's days, where there is little room.
    Day,
}

impl DateKind {
    fn name(self) -> &'static str {
        match self {
            DateKind::DateTime => "date-time",
            DateKind::Day => "day",
        }
    }
}

/// The locale's formatters, made once per locale (see [`use_dates`]).
pub struct Dates {
    date_time: Function,
    day: Function,
    time: Function,
    number: Function,
    /// The order the locale writes a date in numbers ("11/14/2026" in the
    /// US): the order of the diary's date boxes.
    pub order: [DatePart; 3],
}

/// The `Intl.DateTimeFormat` options as a plain object, each set through
/// `Reflect::set`, which the widget imports anyway: the typed setters of
/// `DateTimeFormatOptions` are an import and a JavaScript glue function each.
/// `month` is "numeric", "short" or "long".
fn options(year: bool, month: Option<&str>, day: bool, time: bool) -> Object {
    let o = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&o, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    // The diary's wall-clock times are drawn as UTC; see the module's doc.
    set("timeZone", "UTC");
    if year {
        set("year", "numeric");
    }
    if let Some(month) = month {
        set("month", month);
    }
    if day {
        set("day", "numeric");
    }
    if time {
        set("hour", "numeric");
        set("minute", "2-digit");
    }
    o
}

/// The order of day, month and year in the locale's numeric date.
fn numeric_order(locales: &Array) -> [DatePart; 3] {
    let numeric = DateTimeFormat::new(locales, &options(true, Some("numeric"), true, false));
    let parts = numeric.format_to_parts(&Date::new(&JsValue::from_f64(0.0)));
    let found: Vec<DatePart> = parts
        .iter()
        .filter_map(|p| {
            Reflect::get(&p, &JsValue::from_str("type"))
                .ok()?
                .as_string()
        })
        .filter_map(|t| match t.as_str() {
            "day" => Some(DatePart::Day),
            "month" => Some(DatePart::Month),
            "year" => Some(DatePart::Year),
            _ => None,
        })
        .collect();
    <[DatePart; 3]>::try_from(found).unwrap_or(DAY_FIRST)
}

/// Milliseconds since 1970 of a wall-clock minute taken as UTC.
fn utc_millis(day_number: i32, hour: u8, minute: u8) -> f64 {
    f64::from(day_number) * 86_400_000.0 + (f64::from(hour) * 60.0 + f64::from(minute)) * 60_000.0
}

/// Calls a bound `format` function; `None` if the engine refuses.
fn call(format: &Function, value: &JsValue) -> Option<String> {
    format.call1(&JsValue::NULL, value).ok()?.as_string()
}

impl Dates {
    /// The formatters for a BCP 47 tag such as "en-US" (always a valid tag:
    /// [`Words::locale`](crate::ui::text::Words::locale) builds it from a
    /// known language and a two-letter region).
    pub fn new(locale: &str) -> Dates {
        let locales = Array::of1(&JsValue::from_str(locale));
        let format = |o: Object| DateTimeFormat::new(&locales, &o).format();
        let number = NumberFormat::new(&locales, &Object::new()).format();
        Dates {
            date_time: format(options(true, Some("long"), true, true)),
            day: format(options(false, Some("short"), true, false)),
            time: format(options(false, None, false, true)),
            number,
            order: numeric_order(&locales),
        }
    }

    fn at(&self, format: &Function, day_number: i32, hour: u8, minute: u8) -> Option<String> {
        call(
            format,
            &Date::new(&JsValue::from_f64(utc_millis(day_number, hour, minute))),
        )
    }

    /// "November 14, 2026 at 9:05 AM" (en-US), "14 November 2026 at 09:05"
    /// (en-GB); the ISO form if the engine cannot format it.
    pub fn date_time_text(&self, t: LocalDateTime) -> String {
        self.at(&self.date_time, t.day_number(), t.hour(), t.minute())
            .unwrap_or_else(|| format!("{} {}", t.date_text(), t.time_text()))
    }

    /// "9:05 AM" (en-US), "09:05" (en-GB): the diary's time box.
    pub fn time_text(&self, t: LocalDateTime) -> String {
        self.at(&self.time, t.day_number(), t.hour(), t.minute())
            .unwrap_or_else(|| t.time_text())
    }

    /// A count as the locale writes it ("1,440" in English, "1440" in Spanish).
    pub fn number(&self, n: u32) -> String {
        call(&self.number, &JsValue::from(n)).unwrap_or_else(|| n.to_string())
    }

    /// An episode's or the printout's date and time, as a `<time>`.
    pub fn date_time(&self, t: LocalDateTime) -> Html {
        time_html(DateKind::DateTime, t.to_string(), self.date_time_text(t))
    }

    /// A day (see [`LocalDateTime::day_number`]) as a `<time>` in the
    /// chart's short form.
    pub fn day(&self, day_number: i32) -> Html {
        let iso = date_of_day_number(day_number)
            .map_or_else(String::new, |(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
        let text = self
            .at(&self.day, day_number, 0, 0)
            .unwrap_or_else(|| iso.clone());
        time_html(DateKind::Day, iso, text)
    }
}

/// Every date shown is a `<time>` with its ISO value, which assistive
/// technology and the tests can read whatever the locale.
fn time_html(kind: DateKind, iso: String, text: String) -> Html {
    html! { <time class="kt-time" datetime={iso} data-kind={kind.name()}>{ text }</time> }
}

/// The formatters of the words' locale, made again only when it changes,
/// not for every date on the screen.
#[hook]
pub fn use_dates() -> Rc<Dates> {
    let locale = use_words().locale();
    use_memo(locale, |l| Dates::new(l))
}

/// A catalog text with a date in it, as markup: the text around
/// `{placeholder}` stays as written, and the date goes in as its `<time>`.
pub fn with_date(text: &str, placeholder: &str, date: Html) -> Html {
    let mut parts = text.splitn(2, placeholder);
    let before = parts.next().unwrap_or_default().to_string();
    match parts.next() {
        Some(after) => html! { <>{ before }{ date }{ after.to_string() }</> },
        None => html! { { before } },
    }
}
