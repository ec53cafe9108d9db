//! "Log an episode": a short form checked field by field, GOV.UK style.
//!
//! What is typed lives in this component until it is added: it is a draft
//! of one form, not part of the person's record.

use yew::prelude::*;

use super::{side_key, strength_key, trigger_key};
use crate::formats::diary::{Episode, LocalDateTime, Side, Trigger, MAX_MINUTES, MAX_NOTES_CHARS};
use crate::ui::components::error_summary::{ErrorSummary, FieldError};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct EpisodeFormProps {
    /// Now, "YYYY-MM-DDTHH:MM", the form's starting time and its latest allowed.
    pub now: AttrValue,
    /// Told each episode that passes the checks.
    pub on_add: Callback<Episode>,
}

#[derive(Clone, Default, PartialEq)]
struct Draft {
    at: String,
    minutes: String,
    strength: Option<u8>,
    side: Option<Side>,
    triggers: Vec<Trigger>,
    notes: String,
}

/// Each field's error, as catalog keys, in the order of the form.
fn check(d: &Draft, now: &str) -> (Vec<(&'static str, &'static str)>, Option<Episode>) {
    let mut errors = Vec::new();
    let at = LocalDateTime::parse(d.at.trim()).ok();
    let latest = LocalDateTime::parse(now).ok();
    match at {
        None => errors.push(("kt-episode-at", "ui.diary.error.at")),
        Some(t) if latest.is_some_and(|l| t > l) => {
            errors.push(("kt-episode-at", "ui.diary.error.at_future"))
        }
        _ => {}
    }
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
    (errors, episode)
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
    let draft = use_state(|| Draft {
        at: props.now.to_string(),
        ..Draft::default()
    });
    let errors = use_state(Vec::<(&'static str, &'static str)>::new);
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
        let (draft, errors, added, attempts, on_add, now) = (
            draft.clone(),
            errors.clone(),
            added.clone(),
            attempts.clone(),
            props.on_add.clone(),
            props.now.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (found, episode) = check(&draft, &now);
            added.set(episode.is_some());
            if let Some(ep) = episode {
                on_add.emit(ep);
                draft.set(Draft {
                    at: now.to_string(),
                    ..Draft::default()
                });
            }
            errors.set(found);
            attempts.set(*attempts + 1);
        })
    };
    // After each failed "Add", focus the summary once it is on the page.
    {
        let (summary, failed) = (summary.clone(), !errors.is_empty());
        use_effect_with(*attempts, move |_| {
            if failed {
                if let Some(el) = summary.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let summary_errors: Vec<FieldError> = errors
        .iter()
        .map(|(id, key)| FieldError {
            message: w.get(key).into(),
            field_id: AttrValue::Static(id),
        })
        .collect();
    let error_for = |id: &str| errors.iter().find(|(f, _)| *f == id).map(|(_, k)| w.get(k));
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
                <div class={group("kt-episode-at")}>
                    <label class="kt-label" for="kt-episode-at">{ w.get("ui.diary.at") }</label>
                    { field_error("kt-episode-at") }
                    <input class="kt-input" type="datetime-local" id="kt-episode-at" value={draft.at.clone()} max={props.now.clone()} onchange={edit(|d, v| d.at = v)} />
                </div>
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
