//! The root component: holds the state and picks the screen.

use yew::prelude::*;

use super::check_answers::CheckAnswers;
use super::clinic::Clinic;
use super::device;
use super::diary::DiaryPage;
use super::focus::use_step_focus;
use super::notice::NoticeBanner;
use super::question_page::QuestionPage;
use super::result::ResultPage;
use super::safety_banner::SafetyBanner;
use super::start::StartPage;
use super::state::{Action, Notice, Opening, Screen, State};
use super::text::Words;
use crate::formats::record::DeviceRecord;
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
    /// The embedding allows keeping answers on the device (`storage="local"`);
    /// even then nothing is kept until the person opts in.
    #[prop_or(false)]
    pub storage_allowed: bool,
    /// Clicks made on the loader's start page before the checker was ready.
    #[prop_or_default]
    pub opening: Opening,
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
        let opening = props.opening;
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            opening.actions().for_each(|a| on_action.emit(a))
        });
    }

    let screen = match &state.screen {
        Screen::Diary => html! {
            <DiaryPage diary={state.diary.clone()} now={device::local_now()}
                kept={props.storage_allowed && state.remember}
                heading={heading.clone()} on_action={on_action.clone()} />
        },
        Screen::Start => html! {
            <StartPage
                heading={heading.clone()}
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
                {progress}
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
                remember={state.remember}
                storage_allowed={props.storage_allowed}
                diary={state.diary.clone()}
                now={device::local_now()}
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
                <NoticeBanner notice={state.notice.clone()} />
                <div class="kt-page">{ screen }</div>
            </div>
        </ContextProvider<Words>>
    }
}

/// Restores what the person kept on this device, once, and keeps it up to
/// date while they have opted in. Reading is allowed before opting in (it
/// writes nothing); writing never is.
#[hook]
fn use_device_record(allowed: bool, state: &State, on_action: Callback<Action>) {
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            if allowed {
                if let Ok(Some(text)) = device::load() {
                    match DeviceRecord::from_json(&text) {
                        Ok(record) => {
                            // Answers of an earlier format are not read; the
                            // stored text is kept aside before it is rewritten.
                            if record.answers_outdated {
                                let _ = device::set_aside(&text);
                            }
                            on_action.emit(Action::Restore(record));
                        }
                        Err(_) => {
                            let _ = device::set_aside(&text);
                            on_action.emit(Action::Notify(Notice::SetAside));
                        }
                    }
                }
            }
        });
    }
    // Only built while the person has opted in, so a step of the
    // questionnaire costs nothing extra otherwise.
    let record = (allowed && state.remember).then(|| DeviceRecord {
        answers: state.answers.clone(),
        diary: state.diary.clone(),
        answers_outdated: false,
    });
    use_effect_with(record, move |record| {
        if let Some(record) = record {
            if let Err(problem) = device::save(&record.to_json()) {
                let notice = match problem {
                    device::StorageProblem::Full => Notice::StorageFull,
                    device::StorageProblem::Unavailable => Notice::StorageUnavailable,
                };
                on_action.emit(Action::SetRemember(false));
                on_action.emit(Action::Notify(notice));
            }
        }
    });
}
