//! The words for the refusals every file reader shares (a missing field, a
//! wrong type, a number out of range), kept in one place so the answers file
//! and the diary say the same thing in the same words.

use std::fmt;

/// A refusal that both the answers file and the diary can give, with what
/// its message needs beyond the field.
pub(crate) enum Refusal<'a> {
    NotAnObject,
    MissingField,
    UnknownField,
    WrongType { expected: &'a str },
    OutOfRange { min: u32, max: u32 },
    Repeated { choice: &'a str },
}

impl Refusal<'_> {
    /// Writes "`field`: what is wrong", the form of every reader's message.
    pub(crate) fn write(&self, f: &mut fmt::Formatter<'_>, field: &str) -> fmt::Result {
        match self {
            Refusal::NotAnObject => write!(f, "{field}: expected a JSON object"),
            Refusal::MissingField => write!(f, "{field}: this field is missing"),
            Refusal::UnknownField => write!(f, "{field}: this field is not part of the format"),
            Refusal::WrongType { expected } => write!(f, "{field}: expected {expected}"),
            Refusal::OutOfRange { min, max } => {
                write!(f, "{field}: expected a whole number from {min} to {max}")
            }
            Refusal::Repeated { choice } => write!(f, "{field}: \"{choice}\" is given twice"),
        }
    }
}

/// Echoes a refused value (a choice, a key, a date) in an error message,
/// cut short and without control characters, so a hostile file cannot make
/// the message itself huge or break it over lines.
pub(crate) fn echo(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.chars().filter(|c| !c.is_control()).collect()
    } else {
        let mut short: String = text.chars().take(MAX).filter(|c| !c.is_control()).collect();
        short.push('…');
        short
    }
}
