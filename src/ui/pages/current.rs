//! The page for the person's place in the questionnaire.

use yew::prelude::*;

use super::{CheckAnswers, DiaryPage, QuestionPage, ResultPage, StartPage};
use crate::knowledge::Level;
use crate::ui::browser;
use crate::ui::components::clinic_card::Clinic;
use crate::ui::state::{Action, Screen, State};

/// What the pages are drawn from: the state, where the person is in it, and
/// the app's settings.
pub struct PageData<'a> {
    pub state: &'a State,
    /// The question's number, which the caller has already worked out for
    /// the browser tab's title.
    pub progress: Option<usize>,
    pub storage_allowed: bool,
    pub clinic: Option<Clinic>,
    pub heading: NodeRef,
    pub error_summary: NodeRef,
    pub on_action: Callback<Action>,
    pub on_result: Callback<Level>,
}

/// Picks the page from the state's screen, as the `switch` function of
/// Yew's `function_router` example does: a plain function rather than a
/// component, because it draws nothing of its own. Apart from the app's
/// hooks, so the build can draw the first pages natively (Yew's server
/// renderer) for the loader to show before the WebAssembly.
pub fn current_page(props: PageData) -> Html {
    let on_action = &props.on_action;
    let state = props.state;
    match &state.screen {
        Screen::Diary => html! {
            <DiaryPage diary={state.diary.clone()} now={browser::local_now()}
                kept={props.storage_allowed && state.remember}
                heading={props.heading.clone()} on_action={on_action.clone()} />
        },
        Screen::Start => html! {
            <StartPage
                heading={props.heading.clone()}
                remember={state.remember}
                storage_allowed={props.storage_allowed}
                on_action={on_action.clone()}
            />
        },
        Screen::Question(q) => html! {
            <QuestionPage
                question={*q}
                draft={state.draft.clone()}
                error={state.error}
                progress={props.progress}
                heading={props.heading.clone()}
                error_summary={props.error_summary.clone()}
                on_action={on_action.clone()}
            />
        },
        Screen::CheckAnswers => html! {
            <CheckAnswers answers={state.answers.clone()} heading={props.heading.clone()} on_action={on_action.clone()} />
        },
        Screen::Result => html! {
            <ResultPage
                answers={state.answers.clone()}
                clinic={props.clinic.clone()}
                remember={state.remember}
                storage_allowed={props.storage_allowed}
                diary={state.diary.clone()}
                now={browser::local_now()}
                heading={props.heading.clone()}
                on_action={on_action.clone()}
                on_result={props.on_result.clone()}
            />
        },
    }
}
