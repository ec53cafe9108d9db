//! The symptom diary page: log episodes, see them per day, take them to the doctor.
//!
//! The articles advise keeping a note of when twitching happens and of other
//! symptoms for the doctor visit; the diary also feeds the triage (a diary
//! over more than two weeks, or rising, counts as the matching sign).

use yew::prelude::*;

use crate::formats::diary::{Diary, LocalDateTime};
use crate::ui::browser;
use crate::ui::components::back_link::BackLink;
use crate::ui::components::diary::diary_chart::DiaryChart;
use crate::ui::components::diary::episode_form::EpisodeForm;
use crate::ui::components::diary::episode_list::EpisodeList;
use crate::ui::components::diary::summary_text;
use crate::ui::state::Action;
use crate::ui::text::use_words;

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

#[component]
pub fn DiaryPage(props: &DiaryPageProps) -> Html {
    let w = use_words();
    let days = use_state(|| 14u32);
    let today = props.now.map_or(0, |t| t.day_number());
    let stats = props.diary.stats(today, *days);
    let summary = summary_text(&w, &stats);
    // A quiet switch of two pressed-or-not buttons, not green buttons: it
    // changes a view, and must not look like the page's main action.
    let window_button = |n: u32| {
        let days = days.clone();
        let current = *days == n;
        let onclick = Callback::from(move |_: MouseEvent| days.set(n));
        html! {
            <button type="button" class="kt-segmented__option" aria-pressed={current.to_string()} {onclick}>
                { w.fill("ui.diary.window", &[("days", &n.to_string())]) }
            </button>
        }
    };
    let csv = {
        let diary = props.diary.clone();
        Callback::from(move |_: MouseEvent| {
            // The byte-order mark lets spreadsheet programs read accented text.
            let text = format!("\u{feff}{}", diary.to_csv());
            let _ = browser::download("knee-twitching-diary.csv", "text/csv", &text);
        })
    };
    html! {
        <>
            <BackLink on_back={props.on_action.reform(|_| Action::Back)} />
            <h1 class="kt-heading-l" tabindex="-1" ref={props.heading.clone()}>{ w.get("ui.diary.title") }</h1>
            <p>{ w.get("ui.diary.intro") }</p>
            <p>{ w.get(if props.kept { "ui.diary.kept" } else { "ui.diary.not_kept" }) }</p>
            <section class="kt-section" aria-labelledby="kt-diary-overview">
                <h2 class="kt-heading-m" id="kt-diary-overview">{ w.get("ui.diary.overview_title") }</h2>
                <div class="kt-segmented" role="group" aria-label={w.get("ui.diary.window_label")}>
                    { window_button(14) }
                    { window_button(30) }
                </div>
                <p id="kt-diary-summary" role="status">{ summary.clone() }</p>
                <DiaryChart per_day={stats.per_day.clone()} {today} label={summary} />
            </section>
            <EpisodeForm now={props.now} on_add={props.on_action.reform(Action::AddEpisode)} />
            <EpisodeList diary={props.diary.clone()} on_remove={props.on_action.reform(Action::RemoveEpisode)} />
            if !props.diary.episodes().is_empty() {
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={csv}>{ w.get("ui.diary.download_csv") }</button>
            }
        </>
    }
}
