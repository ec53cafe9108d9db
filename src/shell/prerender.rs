//! The early screens, drawn by the build from the checker's own components.
//!
//! A worried person on a slow phone should not wait for the WebAssembly to
//! answer the question that matters most: is this an emergency? So the
//! loader shows the start page, the emergency check, the question after it
//! and, for an emergency answer, the top of the emergency result, before the
//! checker is ready. Those screens are not written a second time for the
//! loader: the codegen renders these components natively with Yew's server
//! renderer (no hydration code reaches the wasm), once per language and
//! regional wording, with a stand-in where the emergency number goes, and
//! the loader fills the number in and adds the clicks.

use std::rc::Rc;

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::engine::{first_unanswered, Answer, Answers};
use crate::knowledge::catalog::{Lang, Wording};
use crate::knowledge::{Level, EMERGENCY_QUESTION};
use crate::ui::components::layout::layout;
use crate::ui::components::result::result_heading::ResultHeading;
use crate::ui::hooks::step_title;
use crate::ui::pages::{current_page, PageData};
use crate::ui::state::{Action, Screen, State};
use crate::ui::text::Words;

/// Drawn where the emergency number goes; the loader puts the number the
/// element shows in its place (as text, never as markup).
pub const NUMBER_STAND_IN: &str = "\u{1}";

/// One early screen in one wording, as Yew's server renderer writes it.
pub struct EarlyScreen {
    /// The catalog's tag: "en", "en-GB", "es" ...
    pub wording: &'static str,
    /// "start", a question id ("emergency"), the same with "-error" when
    /// "Continue" was pressed with nothing chosen, or "emergency-result".
    pub name: String,
    pub html: String,
    /// The browser tab's title for it, as the checker names the step on a
    /// page of its own (`manage-title`).
    pub title: String,
}

#[derive(Properties, PartialEq)]
struct EarlyProps {
    words: Words,
    state: State,
    emergency_result: bool,
}

#[component]
fn Early(props: &EarlyProps) -> Html {
    let s = &props.state;
    let page = if props.emergency_result {
        html! { <ResultHeading level={Level::Emergency} heading={NodeRef::default()} on_back={Callback::noop()} /> }
    } else {
        current_page(PageData {
            state: s,
            progress: s.progress(),
            storage_allowed: false,
            clinic: None,
            heading: NodeRef::default(),
            error_summary: NodeRef::default(),
            on_action: Callback::noop(),
            on_result: Callback::noop(),
        })
    };
    html! {
        <ContextProvider<Words> context={props.words.clone()}>
            { layout(props.words.lang, None, page) }
        </ContextProvider<Words>>
    }
}

/// The question a person answering "None of these" is asked next.
pub fn question_after_none() -> Option<&'static str> {
    let mut answers = Answers::new();
    answers
        .set(EMERGENCY_QUESTION, Answer::Many(vec!["none"]))
        .ok()?;
    first_unanswered(&answers).map(|q| q.id)
}

fn after(state: &Rc<State>, action: Action) -> Rc<State> {
    yew::Reducible::reduce(Rc::clone(state), action)
}

/// Every early screen in every wording: the base catalog of each language
/// and each regional overlay.
pub fn early_screens() -> Vec<EarlyScreen> {
    let second = question_after_none();
    let start = Rc::new(State::default());
    let mut states: Vec<(String, Rc<State>, bool)> =
        vec![("start".into(), Rc::clone(&start), false)];
    let mut at = after(&start, Action::Start);
    for q in std::iter::once(EMERGENCY_QUESTION).chain(second) {
        states.push((q.to_string(), Rc::clone(&at), false));
        states.push((format!("{q}-error"), after(&at, Action::Continue), false));
        let none = if q == EMERGENCY_QUESTION {
            Action::Toggle("none")
        } else {
            Action::Choose("not_sure")
        };
        at = after(&after(&at, none), Action::Continue);
    }
    states.push(("emergency-result".into(), start, true));

    let wordings = Lang::all()
        .map(|lang| Wording::new(lang, None))
        .chain(Wording::overlays());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime for the server renderer");
    let mut out = Vec::new();
    for wording in wordings {
        for (name, state, emergency_result) in &states {
            let words = Words {
                lang: wording.lang(),
                emergency_number: NUMBER_STAND_IN.into(),
                region: None,
                wording,
            };
            let props = EarlyProps {
                words,
                state: (**state).clone(),
                emergency_result: *emergency_result,
            };
            let titled = if *emergency_result {
                State {
                    screen: Screen::Result,
                    ..State::default()
                }
            } else {
                (**state).clone()
            };
            let title = step_title(&titled, titled.progress(), &props.words);
            let renderer = LocalServerRenderer::<Early>::with_props(props).hydratable(false);
            let html = tokio::task::LocalSet::new().block_on(&runtime, renderer.render());
            out.push(EarlyScreen {
                wording: wording.tag(),
                name: name.clone(),
                html,
                title,
            });
        }
    }
    out
}
