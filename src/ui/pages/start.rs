//! The start page: what the checker does, privacy, and what to do in an emergency.

use yew::prelude::*;

use super::remember_action;
use crate::ui::browser;
use crate::ui::components::import_answers::ImportAnswers;
use crate::ui::components::language_switch::LanguageSwitch;
use crate::ui::components::remember_on_device::RememberOnDevice;
use crate::ui::hooks::use_language_switch;
use crate::ui::state::Action;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub heading: NodeRef,
    pub remember: bool,
    pub storage_allowed: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn StartPage(props: &StartProps) -> Html {
    let w = use_words();
    let onclick = props.on_action.reform(|_: MouseEvent| Action::Start);
    let open_diary = props.on_action.reform(|_: MouseEvent| Action::OpenDiary);
    let switch_language = use_language_switch(
        props.on_action.reform(Action::SetLang),
        props.on_action.reform(Action::Notify),
    );
    html! {
        <>
            <LanguageSwitch on_switch={switch_language} />
            <h1 class="kt-heading-l" tabindex="-1" ref={props.heading.clone()}>{ w.get("ui.start.title") }</h1>
            <p class="kt-body-l">{ w.get("ui.start.lead") }</p>
            <p>{ w.get("ui.start.what_you_get") }</p>
            <ul class="kt-list kt-list--bullet">
                <li>{ w.get("ui.start.get.urgency") }</li>
                <li>{ w.get("ui.start.get.causes") }</li>
                <li>{ w.get("ui.start.get.self_care") }</li>
                <li>{ w.get("ui.start.get.doctor") }</li>
            </ul>
            <p>{ w.get("ui.start.time") }</p>
            <div class="kt-inset">
                <p>{ w.get("ui.start.privacy") }</p>
                <p>{ w.get("ui.start.not_diagnosis") }</p>
            </div>
            <div class="kt-warning" part="emergency-callout">
                <h2 class="kt-heading-s">{ w.rich("ui.start.emergency_title") }</h2>
                <p>{ w.rich("ui.start.emergency_intro") }</p>
                <ul class="kt-list kt-list--bullet">
                    <li>{ w.get("question.emergency.choice.sudden_weakness_numbness_droop") }</li>
                    <li>{ w.get("question.emergency.choice.sudden_speech_swallow") }</li>
                    <li>{ w.get("question.emergency.choice.chest_pain") }</li>
                    <li>{ w.get("question.emergency.choice.breathing") }</li>
                    <li>{ w.get("question.emergency.choice.stimulant_overdose") }</li>
                </ul>
            </div>
            <button type="button" class="kt-button kt-button--start" part="button" {onclick}>
                { w.get("ui.start.button") }
                <svg class="kt-button__arrow" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
                </svg>
            </button>
            <section class="kt-section" aria-labelledby="kt-returning-title">
                <h2 class="kt-heading-s" id="kt-returning-title">{ w.get("ui.start.returning_title") }</h2>
                <p>{ w.get("ui.start.diary_intro") }</p>
                <button type="button" class="kt-button kt-button--secondary" part="button" onclick={open_diary}>{ w.get("ui.diary.open") }</button>
                <ImportAnswers on_loaded={props.on_action.reform(|loaded| match loaded {
                    Ok(answers) => Action::LoadAnswers(answers),
                    Err(problem) => Action::ImportRefused(problem),
                })} />
                // Also when something is kept but not in use (set aside
                // as unreadable), so it can be erased without answering
                // every question first.
                if props.storage_allowed && (props.remember || browser::has_saved()) {
                    <RememberOnDevice remember={props.remember} on_change={remember_action(&props.on_action)} />
                }
            </section>
        </>
    }
}
