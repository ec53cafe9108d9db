//! The logged episodes, newest first, each with a way to remove it.

use yew::prelude::*;

use super::{side_key, trigger_key};
use crate::formats::diary::Diary;
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
    let episodes = props.diary.episodes();
    let rows = episodes.iter().enumerate().rev().map(|(i, e)| {
        let remove = props.on_remove.reform(move |_: MouseEvent| i);
        let when = format!("{} {}", e.at.date_text(), e.at.time_text());
        let triggers: Vec<String> = e.triggers.iter().map(|t| w.get(trigger_key(*t))).collect();
        html! {
            <tr>
                <td>{ when.clone() }</td>
                <td>{ w.fill("ui.diary.minutes_value", &[("minutes", &e.minutes.to_string())]) }</td>
                <td>{ e.strength }{ "/5" }</td>
                <td>{ w.get(side_key(e.side)) }</td>
                <td>{ triggers.join(", ") }{ if e.notes.is_empty() { String::new() } else { format!(" – {}", e.notes) } }</td>
                <td class="kt-screen-only">
                    <button type="button" class="kt-link-button" onclick={remove}>
                        { w.get("ui.diary.remove") }<span class="kt-visually-hidden">{ format!(" {when}") }</span>
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
                    <table class="kt-table">
                        <thead><tr>
                            <th scope="col">{ w.get("ui.diary.col.when") }</th>
                            <th scope="col">{ w.get("ui.diary.col.minutes") }</th>
                            <th scope="col">{ w.get("ui.diary.col.strength") }</th>
                            <th scope="col">{ w.get("ui.diary.col.side") }</th>
                            <th scope="col">{ w.get("ui.diary.col.notes") }</th>
                            <th scope="col" class="kt-screen-only"><span class="kt-visually-hidden">{ w.get("ui.diary.col.actions") }</span></th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}
