//! The logged episodes, newest first, each with a way to remove it.
//!
//! A table on a wide screen; on a narrow one each episode becomes a small
//! card of labelled lines (styles/components/episode_list.css), since six
//! columns in 390 pixels broke words mid-way ("Stre-ngt-h"). The labels
//! are hidden from screen readers, which hear the column headers instead.

use yew::prelude::*;

use super::{side_key, trigger_key};
use crate::formats::diary::Diary;
use crate::ui::dates::use_dates;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct EpisodeListProps {
    pub diary: Diary,
    /// Told the index of the episode to remove.
    pub on_remove: Callback<usize>,
}

#[component]
pub fn EpisodeList(props: &EpisodeListProps) -> Html {
    let w = use_words();
    let dates = use_dates();
    let episodes = props.diary.episodes();
    let columns = [
        "ui.diary.col.when",
        "ui.diary.col.minutes",
        "ui.diary.col.strength",
        "ui.diary.col.side",
        "ui.diary.col.notes",
    ]
    .map(|k| w.get(k));
    let cell = |column: usize, class: &'static str, value: Html| {
        html! {
            <td class={class}><span class="kt-table__label" aria-hidden="true">{ columns[column].clone() }</span>{ value }</td>
        }
    };
    let rows = episodes.iter().enumerate().rev().map(|(i, e)| {
        let remove = props.on_remove.reform(move |_: MouseEvent| i);
        let triggers: Vec<String> = e.triggers.iter().map(|t| w.get(trigger_key(*t))).collect();
        let notes = format!(
            "{}{}",
            triggers.join(", "),
            if e.notes.is_empty() { String::new() } else { format!(" – {}", e.notes) }
        );
        let minutes = w.fill("ui.diary.minutes_value", &[("minutes", &dates.number(e.minutes.into()))]);
        html! {
            <tr>
                { cell(0, "kt-table__when", dates.date_time(e.at)) }
                { cell(1, "kt-table__short", html! { { minutes } }) }
                { cell(2, "kt-table__short", html! { <>{ dates.number(e.strength.into()) }{ "/5" }</> }) }
                { cell(3, "kt-table__short", html! { { w.get(side_key(e.side)) } }) }
                if !notes.is_empty() {
                    { cell(4, "kt-table__notes", html! { { notes } }) }
                } else {
                    <td class="kt-table__notes kt-table__notes--empty"></td>
                }
                <td class="kt-screen-only kt-table__actions">
                    <button type="button" class="kt-link-button" onclick={remove}>
                        { w.get("ui.diary.remove") }<span class="kt-visually-hidden">{ format!(" {}", dates.date_time_text(e.at)) }</span>
                    </button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="kt-section" aria-labelledby="kt-episodes-title">
            <h2 class="kt-heading-m" id="kt-episodes-title">{ w.get("ui.diary.list_title") }</h2>
            if episodes.is_empty() {
                <p>{ w.get("ui.diary.empty") }</p>
            } else {
                <div class="kt-table-wrapper">
                    <table class="kt-table kt-table--episodes">
                        <thead><tr>
                            { for columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }
                            <th scope="col" class="kt-screen-only"><span class="kt-visually-hidden">{ w.get("ui.diary.col.actions") }</span></th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
