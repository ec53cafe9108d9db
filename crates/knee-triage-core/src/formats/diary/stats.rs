//! Counts and trends over the diary, and the facts the triage rules take
//! from it: twitching logged over more than two weeks, or getting more
//! frequent, is a warning sign in the articles.

use crate::knowledge::diary_signs;

use super::Diary;

/// The longest window [`Diary::stats`] counts, about ten years, so a wrong
/// argument cannot ask for a huge allocation.
pub const MAX_STATS_DAYS: u32 = 3660;
/// The fewest episodes in a window for [`Diary::stats`] to call a trend
/// (the knowledge's threshold, `knowledge::diary_signs`).
pub const MIN_EPISODES_FOR_TREND: u32 = diary_signs::RISING_MIN_EPISODES;

impl Diary {
    /// Counts over the `days` days ending on `today` (a day number, see
    /// [`LocalDateTime::day_number`](super::LocalDateTime::day_number)), inclusive. Episodes after `today` are
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
    /// More frequent: a warning sign (R2) that calls for an appointment.
    Rising,
    /// Less frequent.
    Falling,
    /// Neither rising nor falling by the margin.
    Steady,
    /// Too few episodes in the window to tell a trend from chance.
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
    /// Whether the later half of the window holds clearly more or fewer
    /// episodes than the earlier.
    pub trend: Trend,
    /// As [`Diary::span_days`]: over the whole diary, not just the window.
    pub span_days: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trend_needs_halves() {
        assert_eq!(trend(10, 0, 0, 0), Trend::TooFew);
        assert_eq!(trend(4, 1, 0, 4), Trend::Rising);
    }
}
