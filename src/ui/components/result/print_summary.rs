//! The one-page summary that prints in place of the screen, made for a
//! clinician: date, answers in short form, the level in words and why, the
//! likely causes. Plain text in black and white, nothing to click.

use std::rc::Rc;

use yew::prelude::*;

use super::causes::no_causes_key;
use super::reasons::evidence_line;
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
    let cite = |sources: &[SourceId]| format!(" ({})", sources.join(", "));
    let stats = props
        .diary
        .stats(props.now.map_or(0, |t| t.day_number()), 30);
    let diary_line = summary_text(&w, &stats);
    let groups = o.causes_grouped();
    let cause_line = |c: &LikelyCause| html! { <li>{ w.get(&keys::cause_name(c.cause)) }{ cite(&c.sources) }</li> };
    let answers = asked_questions(&props.answers).into_iter().filter_map(|q| {
        let a = props.answers.get(q.id)?;
        Some(html! {
            <tr><th scope="row">{ w.get(&keys::question_short(q.id)) }</th><td>{ w.answer(q.id, a) }</td></tr>
        })
    });
    html! {
        <section class="kt-print-only kt-print-summary" aria-hidden="true">
            <h2 class="kt-heading-m">{ w.get("ui.print.title") }</h2>
            <p>{ with_date(&w.get("ui.print.date"), "{date}", date) }</p>
            <p><strong>{ w.get(&keys::level_prefix(o.level)) }{ " " }{ w.get(&keys::level_title(o.level)) }</strong></p>
            <p>{ w.get(&keys::level_action(o.level)) }</p>
            <h3 class="kt-heading-s">{ w.get("ui.result.why_title") }</h3>
            <ul class="kt-list kt-list--bullet">
                { for o.reasons.iter().map(|r| {
                    let because: Vec<String> = r.evidence.iter().map(|e| evidence_line(&w, e)).collect();
                    html! { <li>{ w.get(&keys::rule_why(r.rule)) }{ if because.is_empty() { String::new() } else { format!(" [{}]", because.join("; ")) } }{ cite(r.sources) }</li> }
                }) }
            </ul>
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
            }
            <h3 class="kt-heading-s">{ w.get("ui.print.answers_title") }</h3>
            <table class="kt-print-table"><tbody>{ for answers }</tbody></table>
            if !props.diary.episodes().is_empty() {
                <h3 class="kt-heading-s">{ w.get("ui.diary.title") }</h3>
                <p>{ diary_line }</p>
                <table class="kt-print-table"><tbody>
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
            <p class="kt-body-s">{ w.get("ui.result.not_diagnosis") }</p>
        </section>
    }
}
