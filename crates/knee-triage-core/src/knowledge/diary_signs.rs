//! What the symptom diary must show to count as a warning sign.
//!
//! The diary raises the level through two rules (`R1-diary-over-two-weeks`,
//! `R2-diary-rising`); these are their thresholds, kept here with the
//! articles so a clinician can review them beside the rules.

use super::SourceId;

/// More than this many calendar days from the first logged episode to the
/// last is "twitching that lasts more than two weeks" (S0 S1); S3 and S4
/// ask for a note of when it happens, for the doctor.
pub const LASTING_DAYS: u32 = 14;
/// The articles behind [`LASTING_DAYS`].
pub const LASTING_SOURCES: &[SourceId] = &["S0", "S1", "S3", "S4"];

/// The window, in days ending today, in which the diary looks for
/// twitching that is "becoming more frequent" (S0): two halves of a week
/// each, so a weekend does not outweigh the rest.
pub const RISING_WINDOW_DAYS: u32 = 14;
/// The fewest episodes in the window before any trend is called: fewer can
/// rise or fall by chance.
pub const RISING_MIN_EPISODES: u32 = 4;
/// Rising means the later half has at least this many more episodes than
/// the earlier half...
pub const RISING_MIN_MORE: u32 = 2;
/// ...and at least this many times as many, as a fraction (3/2: half as
/// many again).
pub const RISING_MIN_RATIO: (u32, u32) = (3, 2);
/// The articles behind the "rising" thresholds.
pub const RISING_SOURCES: &[SourceId] = &["S0", "S3", "S4"];
