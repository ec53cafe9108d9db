//! The root component: holds the state and picks the screen.

use yew::prelude::*;

use super::check_answers::CheckAnswers;
use super::clinic::Clinic;
use super::focus::use_step_focus;
use super::question_page::QuestionPage;
use super::result::ResultPage;
use super::safety_banner::SafetyBanner;
use super::start::StartPage;
use super::state::{Action, Screen, State};
use super::text::Words;
use crate::knowledge::catalog::Lang;
use crate::knowledge::Level;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub lang: Lang,
    pub emergency_number: AttrValue,
    /// Only a page of its own may rename the browser tab; an embedded widget
    /// must not change its host page's title.
    #[prop_or(false)]
    pub manage_title: bool,
    /// The embedding clinic, shown on the result page when set.
    #[prop_or_default]
    pub clinic: Option<Clinic>,
    /// Told the level whenever a result is shown (never the answers).
    #[prop_or_default]
    pub on_result: Callback<Level>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let heading = use_node_ref();
    let error_summary = use_node_ref();
    let words = Words {
        lang: state.lang.unwrap_or(props.lang),
        emergency_number: props.emergency_number.clone(),
    };
    use_step_focus(
        &state,
        &words,
        props.manage_title,
        heading.clone(),
        error_summary.clone(),
    );

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };

    let screen = match &state.screen {
        Screen::Start => {
            html! { <StartPage heading={heading.clone()} on_action={on_action.clone()} /> }
        }
        Screen::Question(q) => html! {
            <QuestionPage
                question={*q}
                draft={state.draft.clone()}
                error={state.error}
                progress={state.progress()}
                heading={heading.clone()}
                error_summary={error_summary.clone()}
                on_action={on_action.clone()}
            />
        },
        Screen::CheckAnswers => html! {
            <CheckAnswers answers={state.answers.clone()} heading={heading.clone()} on_action={on_action.clone()} />
        },
        Screen::Result => html! {
            <ResultPage
                answers={state.answers.clone()}
                clinic={props.clinic.clone()}
                heading={heading.clone()}
                on_action={on_action.clone()}
                on_result={props.on_result.clone()}
            />
        },
    };

    html! {
        <ContextProvider<Words> context={words.clone()}>
            <div class="kt-widget" lang={words.lang.tag()} part="widget">
                <SafetyBanner />
                <div class="kt-page">{ screen }</div>
            </div>
        </ContextProvider<Words>>
    }
}
