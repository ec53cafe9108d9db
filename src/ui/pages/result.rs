//! The result page, in the order of what the person must do: the care card
//! (what to do, by when), why, when to get help sooner, then the likely
//! causes and the self-care that fits them, what a doctor may do, and the
//! articles behind it all.

use std::rc::Rc;

use yew::prelude::*;

use super::remember_action;
use crate::engine::{triage_with_diary, Answers};
use crate::formats::diary::{Diary, LocalDateTime};
use crate::knowledge::Level;
use crate::ui::components::clinic_card::{Clinic, ClinicCard};
use crate::ui::components::result::causes::LikelyCauses;
use crate::ui::components::result::doctor::DoctorSteps;
use crate::ui::components::result::keep_a_record::KeepARecord;
use crate::ui::components::result::print_summary::PrintSummary;
use crate::ui::components::result::reasons::Reasons;
use crate::ui::components::result::result_heading::ResultHeading;
use crate::ui::components::result::self_care::SelfCare;
use crate::ui::components::result::sources::Sources;
use crate::ui::components::result::watch_for::WatchFor;
use crate::ui::state::Action;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct ResultPageProps {
    pub answers: Answers,
    pub clinic: Option<Clinic>,
    pub on_result: Callback<Level>,
    pub remember: bool,
    pub storage_allowed: bool,
    /// The symptom diary: it can raise the level, and it prints in the summary.
    pub diary: Diary,
    /// The device clock, which the diary's "last two weeks" counts from.
    pub now: Option<LocalDateTime>,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ResultPage(props: &ResultPageProps) -> Html {
    let w = use_words();
    // The engine re-runs whenever the answers change, so the page can never
    // show a result that disagrees with them.
    let today = props.now.map_or(0, |t| t.day_number());
    let facts = props.diary.facts(today);
    let outcome = use_memo((props.answers.clone(), facts), |(answers, facts)| {
        triage_with_diary(answers, facts)
    });
    {
        let on_result = props.on_result.clone();
        use_effect_with(outcome.level, move |level| on_result.emit(*level));
    }
    let restart = props.on_action.reform(|_: MouseEvent| Action::StartAgain);
    let emergency = outcome.level == Level::Emergency;
    html! {
        <>
            <PrintSummary outcome={Rc::clone(&outcome)} answers={props.answers.clone()} diary={props.diary.clone()} now={props.now} />
            <ResultHeading level={outcome.level} heading={props.heading.clone()}
                on_back={props.on_action.reform(|_| Action::Back)} />
            if let Some(clinic) = props.clinic.clone() {
                <ClinicCard {clinic} level={outcome.level} />
            }
            <Reasons outcome={Rc::clone(&outcome)} answers={props.answers.clone()} />
            // What would make it more urgent comes before the causes, so that a
            // phone shows the care card, why, and when to get help sooner within
            // its first two screens.
            <WatchFor outcome={Rc::clone(&outcome)} />
            // An emergency page says what to do now and why; causes, self-care
            // and record keeping would only compete with "call now".
            if !emergency {
                <LikelyCauses outcome={Rc::clone(&outcome)} />
                <SelfCare outcome={Rc::clone(&outcome)} />
            }
            <DoctorSteps outcome={Rc::clone(&outcome)} />
            <Sources outcome={Rc::clone(&outcome)} />
            if !emergency {
                <KeepARecord answers={props.answers.clone()} outcome={Rc::clone(&outcome)} remember={props.remember}
                    storage_allowed={props.storage_allowed}
                    on_open_diary={props.on_action.reform(|_| Action::OpenDiary)}
                    on_remember={remember_action(&props.on_action)}
                    on_notice={props.on_action.reform(Action::Notify)} />
            }
            <p class="kt-body-s">{ w.get("ui.result.not_diagnosis") }</p>
            <button type="button" class="kt-button kt-button--secondary" part="button" onclick={restart}>
                { w.get("ui.result.start_again") }
            </button>
        </>
    }
}
