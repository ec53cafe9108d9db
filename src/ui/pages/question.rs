//! One question per page, with its hint, errors and "Continue".

use yew::prelude::*;

use crate::knowledge::{keys, question, AnswerKind};
use crate::ui::components::back_link::BackLink;
use crate::ui::components::checkboxes::Checkboxes;
use crate::ui::components::choice_item::input_id;
use crate::ui::components::error_summary::{ErrorSummary, FieldError};
use crate::ui::components::number_input::NumberInput;
use crate::ui::components::radios::Radios;
use crate::ui::state::{Action, Draft, PageError};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct QuestionPageProps {
    pub question: &'static str,
    pub draft: Draft,
    pub error: Option<PageError>,
    pub progress: Option<usize>,
    pub heading: NodeRef,
    pub error_summary: NodeRef,
    pub on_action: Callback<Action>,
}

fn error_key(kind: AnswerKind, error: PageError) -> &'static str {
    match (kind, error) {
        (AnswerKind::One, _) => "ui.error.choose_one",
        (AnswerKind::Many, _) => "ui.error.choose_many",
        (AnswerKind::Number { .. }, PageError::NothingChosen) => "ui.error.number_missing",
        (AnswerKind::Number { .. }, PageError::NotANumber) => "ui.error.number_invalid",
        (AnswerKind::Number { .. }, PageError::OutOfRange) => "ui.error.number_range",
    }
}

#[component]
pub fn QuestionPage(props: &QuestionPageProps) -> Html {
    let w = use_words();
    let Some(q) = question(props.question) else {
        return html! {};
    };
    let onsubmit = props.on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Continue
    });
    let hint_id = format!("kt-{}-hint", q.id);
    let error_id = format!("kt-{}-error", q.id);
    let message = props.error.map(|e| w.get(error_key(q.kind, e)));
    let describedby = match message {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let caption = props.progress.map(|at| {
        let text = w.fill("ui.question.progress", &[("number", &at.to_string())]);
        html! { <span class="kt-caption">{ text }</span> }
    });
    let group_class = if message.is_some() {
        "kt-form-group kt-form-group--error"
    } else {
        "kt-form-group"
    };
    let error_message = message.as_ref().map(|m| html! {
        <p id={error_id.clone()} class="kt-error-message">
            <span class="kt-visually-hidden">{ w.get("ui.error.prefix") }{ " " }</span>{ m.clone() }
        </p>
    });
    let hint = html! { <div id={hint_id.clone()} class="kt-hint">{ w.rich(&keys::question_hint(q.id)) }</div> };
    let title = w.get(&keys::question_title(q.id));

    let typed = match &props.draft {
        Draft::Number(text) => text.clone(),
        _ => String::new(),
    };
    let choices = if q.kind == AnswerKind::Many {
        let ticked = match &props.draft {
            Draft::Many(ticked) => ticked.clone(),
            _ => Vec::new(),
        };
        html! { <Checkboxes question={q} {ticked} on_toggle={props.on_action.reform(Action::Toggle)} /> }
    } else {
        let picked = match &props.draft {
            Draft::One(picked) => Some(*picked),
            _ => None,
        };
        html! { <Radios question={q} {picked} on_choose={props.on_action.reform(Action::Choose)} /> }
    };
    let field = if let AnswerKind::Number { .. } = q.kind {
        // A single box: the label is the page heading (GOV.UK pattern).
        html! {
            <div class={group_class}>
                { caption }
                <h1 class="kt-label-wrapper" tabindex="-1" ref={props.heading.clone()}>
                    <label class="kt-label kt-label--l" for={input_id(q.id, "value")}>{ title }</label>
                </h1>
                { hint }
                { error_message }
                <NumberInput question={q} value={typed}
                    describedby={describedby} invalid={message.is_some()}
                    on_input={props.on_action.reform(Action::TypeNumber)} />
            </div>
        }
    } else {
        html! {
            <div class={group_class}>
                <fieldset class="kt-fieldset" aria-describedby={describedby.clone()}>
                    <legend class="kt-fieldset__legend kt-fieldset__legend--l">
                        { caption }
                        <h1 class="kt-fieldset__heading" tabindex="-1" ref={props.heading.clone()}>{ title }</h1>
                    </legend>
                    { hint }
                    { error_message }
                    { choices }
                </fieldset>
            </div>
        }
    };
    let first_id = match q.kind {
        AnswerKind::Number { .. } => input_id(q.id, "value"),
        _ => q
            .choices
            .first()
            .map(|c| input_id(q.id, c.id))
            .unwrap_or_default(),
    };

    html! {
        <>
            <BackLink on_back={props.on_action.reform(|_| Action::Back)} />
            <form class="kt-form" novalidate=true {onsubmit}>
                if let Some(m) = message.clone() {
                    <ErrorSummary errors={vec![FieldError { message: m.into(), field_id: first_id.into() }]} summary={props.error_summary.clone()} />
                }
                { field }
                <button type="submit" class="kt-button" part="button">{ w.get("ui.continue") }</button>
            </form>
        </>
    }
}
