//! The diary's parts (chart, form and its date boxes, list) and the words
//! they share with the printout: strengths, sides, triggers, and the
//! one-line summary.

pub mod date_time_input;
pub mod diary_chart;
pub mod episode_form;
pub mod episode_list;
pub mod when;

use crate::formats::diary::{DiaryStats, Side, Trend, Trigger};
use crate::ui::text::Words;

/// The words for a strength from 1 to 5.
pub fn strength_key(strength: u8) -> &'static str {
    match strength {
        1 => "ui.diary.strength.1",
        2 => "ui.diary.strength.2",
        3 => "ui.diary.strength.3",
        4 => "ui.diary.strength.4",
        _ => "ui.diary.strength.5",
    }
}

pub fn side_key(side: Side) -> &'static str {
    match side {
        Side::Left => "ui.diary.side.left",
        Side::Right => "ui.diary.side.right",
        Side::Both => "ui.diary.side.both",
    }
}

pub fn trigger_key(trigger: Trigger) -> &'static str {
    match trigger {
        Trigger::Exercise => "ui.diary.trigger.exercise",
        Trigger::Caffeine => "ui.diary.trigger.caffeine",
        Trigger::Stress => "ui.diary.trigger.stress",
        Trigger::PoorSleep => "ui.diary.trigger.poor_sleep",
    }
}

/// "12 episodes in the last 14 days, happening more often." — shown beside
/// the chart, read as the chart's name, and printed in the summary.
pub fn summary_text(w: &Words, stats: &DiaryStats) -> String {
    let key = if stats.total == 1 {
        "ui.diary.summary_one"
    } else {
        "ui.diary.summary"
    };
    w.fill(
        key,
        &[
            ("count", &stats.total.to_string()),
            ("days", &stats.days.to_string()),
            ("trend", &w.get(trend_key(stats.trend))),
        ],
    )
}

/// The key of a trend's words ("rising", "falling", ...).
pub fn trend_key(trend: Trend) -> &'static str {
    match trend {
        Trend::Rising => "ui.diary.trend.rising",
        Trend::Falling => "ui.diary.trend.falling",
        Trend::Steady => "ui.diary.trend.steady",
        Trend::TooFew => "ui.diary.trend.too_few",
    }
}
