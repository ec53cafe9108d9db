//! The emergency number to show, and what counts as a phone number.
//!
//! Safety data: a wrong or missing number is the worst mistake the widget
//! can make. This is the one source. The checker reads it here; the loader
//! and the no-JavaScript guidance carry a generated copy (`cargo run -p
//! knee-triage-codegen`), and `tests/cases/emergency-numbers.json` holds the
//! cases that the Rust and the JavaScript tests both check.

/// Emergency numbers by region (ISO 3166 code). Regions not listed use
/// [`DEFAULT_EMERGENCY_NUMBER`].
pub const EMERGENCY_NUMBERS: &[(&str, &str)] = &[
    ("US", "911"),
    ("CA", "911"),
    ("MX", "911"),
    ("PR", "911"),
    ("AR", "911"),
    ("CO", "123"),
    ("PE", "911"),
    ("VE", "911"),
    ("PA", "911"),
    ("SV", "911"),
    ("GT", "911"),
    ("HN", "911"),
    ("DO", "911"),
    ("UY", "911"),
    ("PY", "911"),
    ("EC", "911"),
    ("CR", "911"),
    ("NI", "911"),
    ("BO", "911"),
    ("CL", "131"),
    ("GB", "999"),
    ("AU", "000"),
    ("NZ", "111"),
];

/// 112 is the number across Europe and reaches emergency services from most
/// mobile phones elsewhere too, so it is the number when nothing else is known.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";

/// The longest text accepted as a phone number: longer is a mistake or an
/// attack, never a number to call.
pub const PHONE_MAX_CHARS: usize = 20;

/// The fewest digits of a number to call: "12" is a typo; 000, 111 and 112
/// are real emergency numbers.
pub const PHONE_MIN_DIGITS: usize = 3;

/// A phone number: digits with optional spaces, dashes and brackets and a
/// leading +, at least [`PHONE_MIN_DIGITS`] digits, at most
/// [`PHONE_MAX_CHARS`] characters.
pub fn is_phone_number(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.len() <= PHONE_MAX_CHARS
        && digits >= PHONE_MIN_DIGITS
        && s.chars().enumerate().all(|(i, c)| {
            c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')') || (c == '+' && i == 0)
        })
}

/// The region part of a language tag ("en-GB" → "GB"), if it has one.
pub fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
}

/// The number of a region, or the default for an unknown or missing one.
pub fn default_emergency_number(region: Option<&str>) -> &'static str {
    EMERGENCY_NUMBERS
        .iter()
        .find(|(r, _)| Some(*r) == region)
        .map_or(DEFAULT_EMERGENCY_NUMBER, |(_, n)| n)
}

/// The number the widget shows: the clinic's own when it is a phone number,
/// else the one of the first region among the language tags (the `lang`
/// attribute, then the browser's languages), else the default.
pub fn emergency_number(given: Option<&str>, tags: &[&str]) -> String {
    if let Some(n) = given.map(str::trim).filter(|n| is_phone_number(n)) {
        return n.to_string();
    }
    let region = tags.iter().map(|t| t.trim()).find_map(region_of);
    default_emergency_number(region.as_deref()).to_string()
}

/// The `tel:` address of a shown number: its digits, after a leading `+`
/// if it has one, so one tap on a phone calls it.
pub fn tel_href(number: &str) -> String {
    let plus = if number.trim_start().starts_with('+') {
        "+"
    } else {
        ""
    };
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{plus}{digits}")
}
