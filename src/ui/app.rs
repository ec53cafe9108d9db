//! The root component: holds the state and picks the screen.

use yew::prelude::*;

use super::components::clinic_card::Clinic;
use super::components::layout::layout;
use super::hooks::{use_device_record, use_step_focus, LanguageSource};
use super::pages::{current_page, PageData};
use super::state::{Action, Opening, State};
use super::text::Words;
use crate::knowledge::catalog::Lang;
use crate::knowledge::Level;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub lang: Lang,
    pub emergency_number: AttrValue,
    /// The visitor's region ("US"), when the page or the browser names one.
    #[prop_or_default]
    pub region: Option<AttrValue>,
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
    /// The embedding allows keeping answers on the device (`storage="local"`);
    /// even then nothing is kept until the person opts in.
    #[prop_or(false)]
    pub storage_allowed: bool,
    /// Clicks made on the loader's start page before the checker was ready.
    #[prop_or_default]
    pub opening: Opening,
    /// Where the text of another language comes from when the person picks
    /// one (the loader's language files); none in the component tests.
    #[prop_or_default]
    pub languages: LanguageSource,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    let heading = use_node_ref();
    let error_summary = use_node_ref();
    let words = Words::new(
        state.lang.unwrap_or(props.lang),
        props.emergency_number.clone(),
        props.region.clone(),
    );
    let progress = state.progress();
    use_step_focus(
        &state,
        progress,
        &words,
        props.manage_title,
        heading.clone(),
        error_summary.clone(),
    );

    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    use_device_record(props.storage_allowed, &state, on_action.clone());
    {
        // After restoring the device record, so "Start now" acts on it just
        // as it would on the live page; this change of screen takes focus.
        let opening = props.opening.clone();
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            opening.actions().for_each(|a| on_action.emit(a))
        });
    }

    let page = current_page(PageData {
        state: &state,
        progress,
        storage_allowed: props.storage_allowed,
        clinic: props.clinic.clone(),
        heading: heading.clone(),
        error_summary: error_summary.clone(),
        on_action: on_action.clone(),
        on_result: props.on_result.clone(),
    });
    html! {
        <ContextProvider<LanguageSource> context={props.languages.clone()}>
            <ContextProvider<Words> context={words.clone()}>
                { layout(words.lang, state.notice.clone(), page) }
            </ContextProvider<Words>>
        </ContextProvider<LanguageSource>>
    }
}
