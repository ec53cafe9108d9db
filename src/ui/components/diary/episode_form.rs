//! "Log an episode": a short form checked field by field, GOV.UK style.
//!
//! What is typed lives in this component until it is added: it is a draft
//! of one form, not part of the person's record.

use yew::prelude::*;

use super::date_time_input::DateTimeInput;
use super::when::{check_when, WhenDraft, WhenError, WhenField};
use super::{side_key, strength_key, trigger_key};
use crate::formats::diary::{Episode, LocalDateTime, Side, Trigger, MAX_MINUTES, MAX_NOTES_CHARS};
use crate::ui::browser;
use crate::ui::components::error_summary::{ErrorSummary, FieldError};
use crate::ui::dates::{use_dates, DatePart, Dates};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct EpisodeFormProps {
    /// Now, from the device clock: the form's starting time and its latest
    /// allowed. `None` if the clock could not be read.
    pub now: Option<LocalDateTime>,
    /// Told each episode that passes the checks.
    pub on_add: Callback<Episode>,
}

#[derive(Clone, Default, PartialEq)]
struct Draft {
    when: WhenDraft,
    minutes: String,
    strength: Option<u8>,
    side: Option<Side>,
    triggers: Vec<Trigger>,
    notes: String,
}

/// A draft starting at `now`, in the boxes as the locale writes it.
fn fresh(dates: &Dates, now: Option<LocalDateTime>) -> Draft {
    let when = now.map_or_else(WhenDraft::default, |t| WhenDraft {
        day: t.day().to_string(),
        month: t.month().to_string(),
        year: t.year().to_string(),
        time: dates.time_text(t),
    });
    Draft {
        when,
        ..Draft::default()
    }
}

/// What is wrong: the date and time's problems (the form's first boxes),
/// then each other field's, as catalog keys, in the order of the form.
type Problems = (Vec<WhenError>, Vec<(&'static str, &'static str)>);

fn check(
    d: &Draft,
    order: [DatePart; 3],
    now: Option<LocalDateTime>,
) -> (Problems, Option<Episode>) {
    let mut errors = Vec::new();
    let (at, when_errors) = match check_when(&d.when, order, now) {
        Ok(at) => (Some(at), Vec::new()),
        Err(found) => (None, found),
    };
    let minutes = d
        .minutes
        .trim()
        .parse::<u16>()
        .ok()
        .filter(|m| *m <= MAX_MINUTES);
    if minutes.is_none() {
        errors.push(("kt-episode-minutes", "ui.diary.error.minutes"));
    }
    if d.strength.is_none() {
        errors.push(("kt-episode-strength-1", "ui.diary.error.strength"));
    }
    if d.side.is_none() {
        errors.push(("kt-episode-side-left", "ui.diary.error.side"));
    }
    if d.notes.chars().count() > MAX_NOTES_CHARS {
        errors.push(("kt-episode-notes", "ui.diary.error.notes"));
    }
    let episode = match (at, minutes, d.strength, d.side) {
        (Some(at), Some(m), Some(s), Some(side)) if errors.is_empty() => {
            Episode::new(at, m, s, side, &d.notes, &d.triggers).ok()
        }
        _ => None,
    };
    ((when_errors, errors), episode)
}

fn input_value(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| {
            e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
        })
        .unwrap_or_default()
}

#[component]
pub fn EpisodeForm(props: &EpisodeFormProps) -> Html {
    let w = use_words();
    let dates = use_dates();
    let draft = use_state(|| fresh(&dates, props.now));
    let errors = use_state(Problems::default);
    let added = use_state(|| false);
    let summary = use_node_ref();
    let attempts = use_state(|| 0u32);

    let edit = |apply: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut d = (*draft).clone();
            apply(&mut d, input_value(&e));
            draft.set(d);
        })
    };
    let onsubmit = {
        let (draft, errors, added, attempts, on_add, now, dates) = (
            draft.clone(),
            errors.clone(),
            added.clone(),
            attempts.clone(),
            props.on_add.clone(),
            props.now,
            dates.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // The clock as the person presses "Add", not as the page was
            // drawn, so an episode logged "now" a minute later is not in
            // the future.
            let latest = browser::local_now().or(now);
            let (found, episode) = check(&draft, dates.order, latest);
            added.set(episode.is_some());
            if let Some(ep) = episode {
                on_add.emit(ep);
                draft.set(fresh(&dates, now));
            }
            errors.set(found);
            attempts.set(*attempts + 1);
        })
    };
    // After each failed "Add", focus the summary once it is on the page.
    {
        let failed = !errors.0.is_empty() || !errors.1.is_empty();
        let summary = summary.clone();
        use_effect_with(*attempts, move |_| {
            if failed {
                if let Some(el) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    // The time's example, in the locale's clock ("2:30 PM", "14:30").
    let example_year = props.now.map_or(2026, |t| t.year());
    let example = LocalDateTime::new(example_year, 3, 27, 14, 30)
        .map(|t| dates.time_text(t))
        .unwrap_or_default();
    let when_message = |e: &WhenError| w.fill(e.key, &[("example", &example)]);
    let summary_errors: Vec<FieldError> = errors
        .0
        .iter()
        .map(|e| FieldError {
            message: when_message(e).into(),
            field_id: AttrValue::Static(e.fields.first().map_or("kt-episode-day", |f| f.id())),
        })
        .chain(errors.1.iter().map(|(id, key)| FieldError {
            message: w.get(key).into(),
            field_id: AttrValue::Static(id),
        }))
        .collect();
    let error_for = |id: &str| {
        errors
            .1
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, k)| w.get(k))
    };
    let example_date = dates
        .order
        .iter()
        .map(|p| match p {
            DatePart::Day => "27".to_string(),
            DatePart::Month => "3".to_string(),
            DatePart::Year => example_year.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let hint = w.fill(
        "ui.diary.at_hint",
        &[("date", &example_date), ("time", &example)],
    );
    let on_when = {
        let draft = draft.clone();
        Callback::from(move |(field, value): (WhenField, String)| {
            let mut d = (*draft).clone();
            let slot = match field {
                WhenField::Date(DatePart::Day) => &mut d.when.day,
                WhenField::Date(DatePart::Month) => &mut d.when.month,
                WhenField::Date(DatePart::Year) => &mut d.when.year,
                WhenField::Time => &mut d.when.time,
            };
            *slot = value;
            draft.set(d);
        })
    };
    let field_error = |id: &str| {
        error_for(id).map(|m| html! {
            <p class="kt-error-message"><span class="kt-visually-hidden">{ w.get("ui.error.prefix") }{ " " }</span>{ m }</p>
        })
    };
    let group = |id: &str| {
        if error_for(id).is_some() {
            "kt-form-group kt-form-group--error"
        } else {
            "kt-form-group"
        }
    };

    let radios = |name: &'static str, items: Vec<(String, String, bool, Callback<Event>)>| {
        html! {
            <div class="kt-radios kt-radios--small">
                { for items.into_iter().map(|(id, label, checked, onchange)| html! {
                    <div class="kt-radios__item">
                        <input class="kt-radios__input" type="radio" id={id.clone()} name={name} {checked} {onchange} />
                        <label class="kt-radios__label" for={id}>{ label }</label>
                    </div>
                }) }
            </div>
        }
    };
    let strength_items = (1..=5u8)
        .map(|s| {
            let handle = draft.clone();
            let onchange = Callback::from(move |_: Event| {
                handle.set(Draft {
                    strength: Some(s),
                    ..(*handle).clone()
                })
            });
            (
                format!("kt-episode-strength-{s}"),
                w.get(strength_key(s)),
                draft.strength == Some(s),
                onchange,
            )
        })
        .collect();
    let side_items = Side::ALL
        .iter()
        .map(|&side| {
            let handle = draft.clone();
            let onchange = Callback::from(move |_: Event| {
                handle.set(Draft {
                    side: Some(side),
                    ..(*handle).clone()
                })
            });
            (
                format!("kt-episode-side-{}", side.id()),
                w.get(side_key(side)),
                draft.side == Some(side),
                onchange,
            )
        })
        .collect();
    let triggers = Trigger::ALL.iter().map(|&t| {
        let draft2 = draft.clone();
        let onchange = Callback::from(move |_: Event| {
            let mut d = (*draft2).clone();
            if let Some(i) = d.triggers.iter().position(|x| *x == t) {
                d.triggers.remove(i);
            } else {
                d.triggers.push(t);
            }
            draft2.set(d);
        });
        let id = format!("kt-episode-trigger-{}", t.id());
        html! {
            <div class="kt-checkboxes__item">
                <input class="kt-checkboxes__input" type="checkbox" id={id.clone()} checked={draft.triggers.contains(&t)} {onchange} />
                <label class="kt-checkboxes__label" for={id}>{ w.get(trigger_key(t)) }</label>
            </div>
        }
    });

    html! {
        <section class="kt-section" aria-labelledby="kt-episode-title">
            <h2 class="kt-heading-m" id="kt-episode-title">{ w.get("ui.diary.form_title") }</h2>
            <p role="status" class="kt-diary-added">{ if *added { w.get("ui.diary.added") } else { String::new() } }</p>
            <form class="kt-form" novalidate=true {onsubmit}>
                if !summary_errors.is_empty() {
                    <ErrorSummary errors={summary_errors} summary={summary.clone()} />
                }
                <DateTimeInput draft={draft.when.clone()} order={dates.order} hint={hint}
                               messages={errors.0.iter().map(|e| AttrValue::from(when_message(e))).collect::<Vec<_>>()}
                               faulty={errors.0.iter().flat_map(|e| e.fields.iter().copied()).collect::<Vec<_>>()}
                               on_change={on_when} />
                <div class={group("kt-episode-minutes")}>
                    <label class="kt-label" for="kt-episode-minutes">{ w.get("ui.diary.minutes") }</label>
                    <div class="kt-hint" id="kt-episode-minutes-hint">{ w.get("ui.diary.minutes_hint") }</div>
                    { field_error("kt-episode-minutes") }
                    <div class="kt-input__wrapper">
                        <input class="kt-input kt-input--width-3" type="text" inputmode="numeric" id="kt-episode-minutes" aria-describedby="kt-episode-minutes-hint"
                               value={draft.minutes.clone()} onchange={edit(|d, v| d.minutes = v)} />
                        <span class="kt-input__suffix" aria-hidden="true">{ w.get("ui.diary.minutes_unit") }</span>
                    </div>
                </div>
                <div class={group("kt-episode-strength-1")}>
                    <fieldset class="kt-fieldset">
                        <legend class="kt-fieldset__legend">{ w.get("ui.diary.strength") }</legend>
                        { field_error("kt-episode-strength-1") }
                        { radios("kt-episode-strength", strength_items) }
                    </fieldset>
                </div>
                <div class={group("kt-episode-side-left")}>
                    <fieldset class="kt-fieldset">
                        <legend class="kt-fieldset__legend">{ w.get("ui.diary.side") }</legend>
                        { field_error("kt-episode-side-left") }
                        { radios("kt-episode-side", side_items) }
                    </fieldset>
                </div>
                <div class="kt-form-group">
                    <fieldset class="kt-fieldset">
                        <legend class="kt-fieldset__legend">{ w.get("ui.diary.triggers") }</legend>
                        <div class="kt-hint">{ w.get("ui.diary.triggers_hint") }</div>
                        <div class="kt-checkboxes kt-checkboxes--small">{ for triggers }</div>
                    </fieldset>
                </div>
                <div class={group("kt-episode-notes")}>
                    <label class="kt-label" for="kt-episode-notes">{ w.get("ui.diary.notes") }</label>
                    { field_error("kt-episode-notes") }
                    <textarea class="kt-textarea" id="kt-episode-notes" rows="3" maxlength={MAX_NOTES_CHARS.to_string()}
                              value={draft.notes.clone()} onchange={edit(|d, v| d.notes = v)} />
                </div>
                <button type="submit" class="kt-button" part="button">{ w.get("ui.diary.add") }</button>
            </form>
        </section>
    }
}
