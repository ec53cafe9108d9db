//! Why an episode or a diary was refused, naming the field at fault.

use std::fmt;

use crate::formats::refusal::Refusal;

/// Why an episode or a diary was refused. Each names the field at fault:
/// `strength` when checking one episode, `diary[3].strength` when reading a
/// stored diary, so the UI can point at the input and a reviewer at the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    /// The diary is not a JSON array of episodes.
    NotAList {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
    },
    /// An episode is not a JSON object.
    NotAnObject {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
    },
    /// An episode lacks one of its six fields; each is required.
    MissingField {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
    },
    /// A field the format does not have: refused rather than ignored, so a typo
    /// cannot drop a value unseen.
    UnknownField {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// How the value should be written, in words for the message.
        expected: &'static str,
    },
    /// A number outside its range (minutes, strength).
    OutOfRange {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// The smallest number accepted.
        min: u32,
        /// The largest number accepted.
        max: u32,
    },
    /// A date and time not written `YYYY-MM-DDTHH:MM`, or not on the calendar.
    BadDateTime {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// The refused text, cut short so a hostile file cannot make the
        /// message huge.
        found: String,
    },
    /// A side or trigger id the diary does not have.
    UnknownChoice {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// The refused id, cut short.
        choice: String,
    },
    /// The same trigger twice in one episode.
    Repeated {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// The repeated trigger's id.
        choice: &'static str,
    },
    /// Notes over the length limit, which keeps a diary small and its CSV rows
    /// readable.
    TooLong {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// The limit, in characters.
        max: usize,
    },
    /// More episodes than one diary holds.
    TooMany {
        /// Where, as a path (`diary[3].strength`, or `strength` for a lone
        /// episode).
        field: String,
        /// The limit, in episodes.
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

/// Refused values are echoed as every reader echoes them.
pub(super) use crate::formats::refusal::echo;
