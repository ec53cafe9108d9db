//! "Keep a record": print, download, open the diary, remember on this device.
//!
//! Everything happens in the browser: downloads are made in the page and
//! nothing is ever sent anywhere. The FHIR export is in English whatever
//! the language shown (`formats::fhir`): for a visitor in another language,
//! the English text is fetched first, like any language file. Remembering is off until the person ticks
//! the box, and only offered when the embedding clinic allows storage.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Answers, Outcome};
use crate::formats::fhir;
use crate::knowledge::catalog::Lang;
use crate::ui::browser;
use crate::ui::components::remember_on_device::{RememberChange, RememberOnDevice};
use crate::ui::hooks::use_language_source;
use crate::ui::state::Notice;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct KeepARecordProps {
    pub answers: Answers,
    /// The result shown, which the FHIR file carries for the clinic.
    pub outcome: Rc<Outcome>,
    pub remember: bool,
    pub storage_allowed: bool,
    pub on_open_diary: Callback<()>,
    pub on_remember: Callback<RememberChange>,
    /// Told when the FHIR export cannot be made.
    pub on_notice: Callback<Notice>,
}

#[component]
pub fn KeepARecord(props: &KeepARecordProps) -> Html {
    let w = use_words();
    let print = Callback::from(|_: MouseEvent| browser::print());
    let open_diary = props.on_open_diary.reform(|_: MouseEvent| ());
    let save_answers = {
        let answers = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = browser::download(
                "knee-twitching-answers.json",
                "application/json",
                &answers.to_json(),
            );
        })
    };
    let source = use_language_source();
    let save_fhir = {
        let answers = props.answers.clone();
        let outcome = Rc::clone(&props.outcome);
        let on_notice = props.on_notice.clone();
        Callback::from(move |_: MouseEvent| {
            let (answers, outcome, on_notice) =
                (answers.clone(), Rc::clone(&outcome), on_notice.clone());
            source.ensure(
                Lang::EN,
                Callback::from(move |ready: bool| {
                    if !ready {
                        on_notice.emit(Notice::FhirUnavailable);
                        return;
                    }
                    let now = browser::now_iso();
                    let resource = fhir::questionnaire_response(&answers, &outcome, &now);
                    let text = resource.to_pretty_string();
                    // The date in the name, so a clinic that receives many
                    // files can tell them apart (knee-twitching-2026-12-01.fhir.json).
                    let name = match now.get(..10) {
                        Some(day) => format!("knee-twitching-{day}.fhir.json"),
                        None => "knee-twitching.fhir.json".to_string(),
                    };
                    let _ = browser::download(&name, "application/fhir+json", &text);
                }),
            );
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
                <RememberOnDevice remember={props.remember} on_change={props.on_remember.clone()} />
            }
        </section>
    }
}
