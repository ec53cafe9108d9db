//! The symptom diary: episodes of twitching a person logs for their doctor.
//!
//! The diary also feeds the triage, because twitching that has gone on for
//! more than two weeks, or is getting more frequent, is a warning sign in the
//! articles. So its numbers must be exact and reproducible: everything here is
//! deterministic, reads no clock and knows no time zone. Times are the local
//! wall-clock times a person typed, and "today" is always passed in.
//!
//! As with the answers, a diary can only hold checked episodes: each one
//! passes the checks of [`Episode::new`] (which [`Diary::add`] and the JSON
//! reader both use), and every refusal is a [`DiaryError`] naming the field
//! at fault. Nothing here panics, whatever the input.
//!
//! - `date`: the local date and time of an episode, and day numbers;
//! - `episode`: one episode, its side and triggers, and its checks;
//! - `error`: why an episode or a diary was refused;
//! - `json`: the diary as it is stored and exported, and its reader;
//! - `csv`: the diary as a spreadsheet for a doctor;
//! - `stats`: counts, the trend, and what the triage takes from them.

mod csv;
mod date;
mod episode;
mod error;
mod json;
mod stats;

pub use date::{date_of_day_number, LocalDateTime};
pub use episode::{
    Episode, Side, Trigger, MAX_MINUTES, MAX_NOTES_CHARS, MAX_STRENGTH, MIN_STRENGTH,
};
pub use error::DiaryError;
pub use stats::{DiaryStats, Trend, MAX_STATS_DAYS, MIN_EPISODES_FOR_TREND};

use error::echo;

/// The most episodes one diary holds, so a stored or imported diary stays
/// small enough for device storage and a quick export.
pub const MAX_EPISODES: usize = 2000;

/// A person's logged episodes, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Diary {
    episodes: Vec<Episode>,
}

impl Diary {
    /// An empty diary, for a person who has logged nothing yet.
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
        Ok(self.insert(episode.checked("")?))
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
}
