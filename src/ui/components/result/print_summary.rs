//! The one-page summary that prints in place of the screen, made for a
//! doctor who never saw the screen: the date, the level in words and why,
//! when to get help sooner and the emergency number, the likely causes, the
//! self-care given, every answer, the diary, and the articles by title.
//! Plain text in black and white, nothing to click, nothing that points to
//! a screen the reader does not have.

use std::rc::Rc;

use yew::prelude::*;

use super::causes::no_causes_key;
use super::reasons::evidence_line;
use super::sources::{cited_sources, in_order, source_line};
use super::watch_for::by_level;
use crate::engine::{asked_questions, Answers, LikelyCause, Outcome};
use crate::formats::diary::{Diary, LocalDateTime};
use crate::knowledge::{keys, Level, SourceId};
use crate::ui::components::diary::{side_key, summary_text, trigger_key};
use crate::ui::dates::{use_dates, with_date};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    pub outcome: Rc<Outcome>,
    pub answers: Answers,
    pub diary: Diary,
    pub now: Option<LocalDateTime>,
}

#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let w = use_words();
    let o = &props.outcome;
    let dates = use_dates();
    let date = props.now.map_or_else(Html::default, |t| dates.date_time(t));
    let cite = |sources: &[SourceId]| format!(" ({})", in_order(sources));
    let stats = props
        .diary
        .stats(props.now.map_or(0, |t| t.day_number()), 30);
    let diary_line = summary_text(&w, &stats);
    let groups = o.causes_grouped();
    let watch = by_level(&o.watch_for);
    // The engine lists the self-care in the knowledge's order already.
    let self_care: Vec<String> = o
        .self_care
        .iter()
        .map(|id| w.get(&keys::remedy_title(id)))
        .collect();
    let cause_line = |c: &LikelyCause| html! { <li>{ w.get(&keys::cause_name(c.cause)) }{ cite(&c.sources) }</li> };
    let answers = asked_questions(&props.answers).into_iter().filter_map(|q| {
        let a = props.answers.get(q.id)?;
        Some(html! {
            <div class="kt-print-answers__row">
                <dt>{ w.get(&keys::question_short(q.id)) }</dt><dd>{ w.answer(q.id, a) }</dd>
            </div>
        })
    });
    html! {
        <section class="kt-print-only kt-print-summary" aria-hidden="true">
            <h2 class="kt-heading-m">{ w.get("ui.print.title") }</h2>
            <p>{ with_date(&w.get("ui.print.date"), "{date}", date) }</p>
            <p class="kt-print-summary__emergency"><strong>{ w.get("ui.print.emergency") }</strong></p>
            // On the first page, where the reader starts, not alone on a second.
            <p class="kt-body-s">{ w.get("ui.result.not_diagnosis") }</p>
            <p><strong>{ w.get(&keys::level_prefix(o.level)) }{ " " }{ w.get(&keys::level_title(o.level)) }</strong></p>
            <p>{ w.get(&keys::level_action(o.level)) }</p>
            <h3 class="kt-heading-s">{ w.get("ui.result.why_title") }</h3>
            <ul class="kt-list kt-list--bullet">
                { for o.reasons.iter().map(|r| {
                    let because: Vec<String> = r.evidence.iter().map(|e| evidence_line(&w, e)).collect();
                    html! { <li>{ w.get(&keys::rule_why(r.rule)) }{ if because.is_empty() { String::new() } else { format!(" [{}]", because.join("; ")) } }{ cite(r.sources) }</li> }
                }) }
            </ul>
            if !watch.is_empty() {
                <h3 class="kt-heading-s">{ w.get("ui.result.watch_title") }</h3>
                { for watch.into_iter().map(|(l, rules)| html! {
                    <>
                        <p class="kt-print-summary__watch">{ w.get(&keys::level_watch(l)) }</p>
                        <ul class="kt-list kt-list--bullet">
                            { for rules.into_iter().map(|r| html! { <li>{ w.get(&keys::rule_watch(r)) }</li> }) }
                        </ul>
                    </>
                }) }
            }
            // As on screen, an emergency summary gives what to do now, not causes.
            if o.level != Level::Emergency {
                <h3 class="kt-heading-s">{ w.get("ui.result.causes_title") }</h3>
                if groups.main.is_empty() {
                    <p>{ w.get(no_causes_key(o.level)) }</p>
                } else {
                    <ul class="kt-list kt-list--bullet">{ for groups.main.iter().map(|c| cause_line(c)) }</ul>
                }
                // Rare causes apart and with the same calm note as on screen: the
                // person reads this page too, and must not take "ALS" for the
                // likely cause.
                if !groups.rare.is_empty() {
                    <h3 class="kt-heading-s">{ w.get("ui.result.rare_title") }</h3>
                    <p>{ w.get("ui.result.rare_intro") }</p>
                    <ul class="kt-list kt-list--bullet">{ for groups.rare.iter().map(|c| cause_line(c)) }</ul>
                }
                if !groups.also.is_empty() {
                    <h3 class="kt-heading-s">{ w.get("ui.result.also_title") }</h3>
                    <ul class="kt-list kt-list--bullet">{ for groups.also.iter().map(|c| cause_line(c)) }</ul>
                }
                if !o.self_care.is_empty() {
                    <h3 class="kt-heading-s">{ w.get("ui.print.self_care_title") }</h3>
                    <p class="kt-print-summary__self-care">{ self_care.join("; ") }</p>
                }
            }
            <h3 class="kt-heading-s">{ w.get("ui.print.answers_title") }</h3>
            <dl class="kt-print-answers">{ for answers }</dl>
            if !props.diary.episodes().is_empty() {
                <h3 class="kt-heading-s">{ w.get("ui.diary.title") }</h3>
                <p>{ diary_line }</p>
                <table class="kt-print-table">
                    <thead><tr>
                        <th scope="col">{ w.get("ui.diary.col.when") }</th>
                        <th scope="col">{ w.get("ui.diary.col.minutes") }</th>
                        <th scope="col">{ w.get("ui.diary.col.strength") }</th>
                        <th scope="col">{ w.get("ui.diary.col.side") }</th>
                        <th scope="col">{ w.get("ui.diary.col.notes") }</th>
                    </tr></thead>
                    <tbody>
                    { for props.diary.episodes().iter().rev().take(40).map(|e| html! {
                        <tr>
                            <td>{ dates.date_time(e.at) }</td>
                            <td>{ w.fill("ui.diary.minutes_value", &[("minutes", &e.minutes.to_string())]) }</td>
                            <td>{ format!("{}/5", e.strength) }</td>
                            <td>{ w.get(side_key(e.side)) }</td>
                            <td>{ e.triggers.iter().map(|t| w.get(trigger_key(*t))).collect::<Vec<_>>().join(", ") }{ if e.notes.is_empty() { String::new() } else { format!(" – {}", e.notes) } }</td>
                        </tr>
                    }) }
                </tbody></table>
            }
            <h3 class="kt-heading-s">{ w.get("ui.print.sources_title") }</h3>
            <ul class="kt-list kt-print-summary__sources">
                { for cited_sources(o).map(|s| html! { <li>{ format!("{}: {}", s.id, source_line(&w, s)) }</li> }) }
            </ul>
        </section>
    }
}
