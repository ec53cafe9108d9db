//! "Keep a record": print, download, remember on this device, erase.
//!
//! Everything happens in the browser: downloads are made in the page and
//! nothing is ever sent anywhere. Remembering is off until the person ticks
//! the box, and only offered when the embedding clinic allows storage.

use yew::prelude::*;

use super::device;
use super::state::{Action, Notice};
use super::text::use_words;
use crate::engine::Answers;
use crate::formats::fhir;

#[derive(Properties, PartialEq)]
pub struct RecordsProps {
    pub answers: Answers,
    pub remember: bool,
    pub storage_allowed: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn Records(props: &RecordsProps) -> Html {
    let w = use_words();
    let print = Callback::from(|_: MouseEvent| device::print());
    let open_diary = props.on_action.reform(|_: MouseEvent| Action::OpenDiary);
    let save_answers = {
        let answers = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = device::download(
                "knee-twitching-answers.json",
                "application/json",
                &answers.to_json(),
            );
        })
    };
    let save_fhir = {
        let answers = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            let resource = fhir::questionnaire_response(&answers, &device::now_iso());
            let text = resource.to_pretty_string();
            let _ = device::download("knee-twitching.fhir.json", "application/fhir+json", &text);
        })
    };
    html! {
        <section class="kt-section kt-records kt-screen-only" aria-labelledby="kt-records-title">
            <h2 class="kt-heading-m" id="kt-records-title">{ w.get("ui.records.title") }</h2>
            <p>{ w.get("ui.records.intro") }</p>
            <div class="kt-button-group">
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={print}>{ w.get("ui.records.print") }</button>
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={save_answers}>{ w.get("ui.records.download_answers") }</button>
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={save_fhir}>{ w.get("ui.records.download_fhir") }</button>
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={open_diary}>{ w.get("ui.diary.open") }</button>
            </div>
            if props.storage_allowed {
                <RememberControls remember={props.remember} on_action={props.on_action.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct RememberControlsProps {
    pub remember: bool,
    pub on_action: Callback<Action>,
}

/// The opt-in box and the way to erase everything.
#[component]
pub fn RememberControls(props: &RememberControlsProps) -> Html {
    let w = use_words();
    // Unticking removes what was kept: otherwise the next visit would
    // restore it and go on saving without the person opting in again.
    let onchange = props.on_action.reform(|e: Event| {
        let on = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|i| i.checked());
        if on {
            Action::SetRemember(true)
        } else {
            Action::StopRemembering(device::forget().is_ok())
        }
    });
    let erase = props
        .on_action
        .reform(|_: MouseEvent| match device::erase() {
            Ok(()) => Action::Erased,
            Err(_) => Action::Notify(Notice::StorageUnavailable),
        });
    html! {
        <div class="kt-remember">
            <div class="kt-checkboxes kt-checkboxes--single">
                <div class="kt-checkboxes__item">
                    <input class="kt-checkboxes__input" type="checkbox" id="kt-remember" checked={props.remember}
                           aria-describedby="kt-remember-hint" {onchange} />
                    <label class="kt-checkboxes__label" for="kt-remember">{ w.get("ui.records.remember") }</label>
                </div>
            </div>
            <div class="kt-hint" id="kt-remember-hint">{ w.get("ui.records.remember_hint") }</div>
            <button type="button" class="kt-button kt-button--warning" part="button" onclick={erase}>{ w.get("ui.records.erase") }</button>
        </div>
    }
}
