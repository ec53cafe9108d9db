//! One logged episode and its checks: when, how long, how strong, which knee,
//! what the person thinks set it off, and a note for the doctor.

use super::{DiaryError, LocalDateTime};

/// The longest note, in characters (Unicode scalar values).
pub const MAX_NOTES_CHARS: usize = 500;
/// The longest episode in minutes: a whole day. 0 means under a minute.
pub const MAX_MINUTES: u16 = 1440;
/// The weakest twitching on the diary's scale: barely felt.
pub const MIN_STRENGTH: u8 = 1;
/// The strongest twitching on the diary's scale.
pub const MAX_STRENGTH: u8 = 5;

/// Which knee twitched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    /// Only the left knee.
    Left,
    /// Only the right knee.
    Right,
    /// Both knees.
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

    /// Reads an id written by [`Side::id`]; `None` for any other text.
    pub fn from_id(id: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Something the person thinks set the twitching off. The declaration order
/// is the order an episode keeps them in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Trigger {
    /// Exercise, which can tire or strain the muscles (cause C1).
    Exercise,
    /// Coffee, energy drinks or other caffeine (cause C4).
    Caffeine,
    /// Stress or anxiety (cause C3).
    Stress,
    /// Too little sleep (cause C5).
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

    /// Reads an id written by [`Trigger::id`]; `None` for any other text.
    pub fn from_id(id: &str) -> Option<Trigger> {
        Trigger::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// One logged episode of twitching.
///
/// The fields are public for reading and for filling a form, but a [`Diary`](super::Diary)
/// only takes episodes through [`Diary::add`](super::Diary::add), which checks them again, so a
/// field changed by hand cannot slip an invalid value into the diary.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Episode {
    /// When it started, in local time.
    pub at: LocalDateTime,
    /// How long it lasted, 0 to 1440; 0 means under a minute.
    pub minutes: u16,
    /// How strong it felt, 1 (barely) to 5 (strongest).
    pub strength: u8,
    /// Which knee twitched.
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
        Episode {
            at,
            minutes,
            strength,
            side,
            notes: notes.to_string(),
            triggers: triggers.to_vec(),
        }
        .checked("")
    }

    /// The checks of [`Episode::new`], the one place they live, with field
    /// paths under `prefix` (`"diary[3]."`, or `""` for a lone episode).
    /// [`Diary::add`](super::Diary::add) and the JSON reader check through
    /// it too.
    pub(super) fn checked(mut self, prefix: &str) -> Result<Episode, DiaryError> {
        if self.minutes > MAX_MINUTES {
            return Err(DiaryError::OutOfRange {
                field: format!("{prefix}minutes"),
                min: 0,
                max: MAX_MINUTES.into(),
            });
        }
        if !(MIN_STRENGTH..=MAX_STRENGTH).contains(&self.strength) {
            return Err(DiaryError::OutOfRange {
                field: format!("{prefix}strength"),
                min: MIN_STRENGTH.into(),
                max: MAX_STRENGTH.into(),
            });
        }
        self.notes.retain(|c| !c.is_control());
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            return Err(DiaryError::TooLong {
                field: format!("{prefix}notes"),
                max: MAX_NOTES_CHARS,
            });
        }
        for (i, t) in self.triggers.iter().enumerate() {
            if self.triggers[..i].contains(t) {
                return Err(DiaryError::Repeated {
                    field: format!("{prefix}triggers"),
                    choice: t.id(),
                });
            }
        }
        self.triggers = Trigger::ALL
            .into_iter()
            .filter(|t| self.triggers.contains(t))
            .collect();
        Ok(self)
    }
}
