//! Why an episode or a diary was refused, naming the field at fault.

use std::fmt;

use crate::formats::refusal::Refusal;

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
            NotAnObject { field } => Refusal::NotAnObject.write(f, field),
            MissingField { field } => Refusal::MissingField.write(f, field),
            UnknownField { field } => Refusal::UnknownField.write(f, field),
            WrongType { field, expected } => Refusal::WrongType { expected }.write(f, field),
            OutOfRange { field, min, max } => Refusal::OutOfRange {
                min: *min,
                max: *max,
            }
            .write(f, field),
            BadDateTime { field, found } => write!(
                f,
                "{field}: \"{found}\" is not a real date and time (expected YYYY-MM-DDTHH:MM)"
            ),
            UnknownChoice { field, choice } => {
                write!(f, "{field}: \"{choice}\" is not one of the choices")
            }
            Repeated { field, choice } => Refusal::Repeated { choice }.write(f, field),
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
pub(super) fn echo(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() <= MAX {
        text.chars().filter(|c| !c.is_control()).collect()
    } else {
        let mut short: String = text.chars().take(MAX).filter(|c| !c.is_control()).collect();
        short.push('…');
        short
    }
}
