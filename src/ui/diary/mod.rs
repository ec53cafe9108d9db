//! The symptom diary: log episodes, see them per day, take them to the doctor.
//!
//! The articles advise keeping a note of when twitching happens and of other
//! symptoms for the doctor visit; the diary also feeds the triage (a diary
//! over more than two weeks, or rising, counts as the matching sign).

mod chart;
mod episode_form;
mod episode_list;

use yew::prelude::*;

use super::back_link::BackLink;
use super::device;
use super::state::Action;
use super::text::{use_words, Words};
use crate::formats::diary::{Diary, DiaryStats, LocalDateTime, Side, Trend, Trigger};

use chart::DiaryChart;
use episode_form::EpisodeForm;
use episode_list::EpisodeList;

#[derive(Properties, PartialEq)]
pub struct DiaryPageProps {
    pub diary: Diary,
    /// The device clock: the chart ends today, and the form starts at now.
    pub now: Option<LocalDateTime>,
    /// Whether the diary is being kept on this device (the clinic allows it
    /// and the person opted in); otherwise a reload loses it, and the page
    /// must say so.
    pub kept: bool,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

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

#[component]
pub fn DiaryPage(props: &DiaryPageProps) -> Html {
    let w = use_words();
    let days = use_state(|| 14u32);
    let today = props.now.map_or(0, |t| t.day_number());
    let now: AttrValue = props.now.map(|t| t.to_string()).unwrap_or_default().into();
    let stats = props.diary.stats(today, *days);
    let summary = w.fill(
        if stats.total == 1 {
            "ui.diary.summary_one"
        } else {
            "ui.diary.summary"
        },
        &[
            ("count", &stats.total.to_string()),
            ("days", &stats.days.to_string()),
            ("trend", &w.get(trend_key(stats.trend))),
        ],
    );
    let window_button = |n: u32| {
        let days = days.clone();
        let current = *days == n;
        let onclick = Callback::from(move |_: MouseEvent| days.set(n));
        html! {
            <button type="button" class="kt-button kt-button--secondary kt-button--small" aria-pressed={current.to_string()} {onclick}>
                { w.fill("ui.diary.window", &[("days", &n.to_string())]) }
            </button>
        }
    };
    let csv = {
        let diary = props.diary.clone();
        Callback::from(move |_: MouseEvent| {
            // The byte-order mark lets spreadsheet programs read accented text.
            let text = format!("\u{feff}{}", diary.to_csv());
            let _ = device::download("knee-twitching-diary.csv", "text/csv", &text);
        })
    };
    html! {
        <>
            <BackLink on_action={props.on_action.clone()} />
            <h1 class="kt-heading-l" tabindex="-1" ref={props.heading.clone()}>{ w.get("ui.diary.title") }</h1>
            <p>{ w.get("ui.diary.intro") }</p>
            <p>{ w.get(if props.kept { "ui.diary.kept" } else { "ui.diary.not_kept" }) }</p>
            <section class="kt-section" aria-labelledby="kt-diary-overview">
                <h2 class="kt-heading-m" id="kt-diary-overview">{ w.get("ui.diary.overview_title") }</h2>
                <div class="kt-button-group" role="group" aria-label={w.get("ui.diary.window_label")}>
                    { window_button(14) }
                    { window_button(30) }
                </div>
                <p id="kt-diary-summary" role="status">{ summary.clone() }</p>
                <DiaryChart per_day={stats.per_day.clone()} {today} label={summary} />
            </section>
            <EpisodeForm now={now} on_action={props.on_action.clone()} />
            <EpisodeList diary={props.diary.clone()} on_action={props.on_action.clone()} />
            if !props.diary.episodes().is_empty() {
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={csv}>{ w.get("ui.diary.download_csv") }</button>
            }
        </>
    }
}
