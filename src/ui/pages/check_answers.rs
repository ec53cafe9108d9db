//! "Check your answers": every answer with a way to change it.

use yew::prelude::*;

use crate::engine::{asked_questions, Answers};
use crate::knowledge::keys;
use crate::ui::components::back_link::BackLink;
use crate::ui::state::Action;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct CheckAnswersProps {
    pub answers: Answers,
    pub heading: NodeRef,
    pub on_action: Callback<Action>,
}

#[component]
pub fn CheckAnswers(props: &CheckAnswersProps) -> Html {
    let w = use_words();
    let rows = asked_questions(&props.answers).into_iter().map(|q| {
        let short = w.get(&keys::question_short(q.id));
        let value = props
            .answers
            .get(q.id)
            .map(|a| w.answer(q.id, a))
            .unwrap_or_else(|| w.get("ui.check.not_answered"));
        let id = q.id;
        let onclick = props
            .on_action
            .reform(move |_: MouseEvent| Action::Change(id));
        html! {
            <div class="kt-summary-list__row">
                <dt class="kt-summary-list__key">{ short.clone() }</dt>
                <dd class="kt-summary-list__value">{ value }</dd>
                <dd class="kt-summary-list__actions">
                    <button type="button" class="kt-link-button" {onclick}>
                        { w.get("ui.check.change") }
                        <span class="kt-visually-hidden">{ format!(" {short}") }</span>
                    </button>
                </dd>
            </div>
        }
    });
    let show = props.on_action.reform(|_: MouseEvent| Action::ShowResult);
    html! {
        <>
            <BackLink on_back={props.on_action.reform(|_| Action::Back)} />
            <h1 class="kt-heading-l" tabindex="-1" ref={props.heading.clone()}>{ w.get("ui.check.title") }</h1>
            <dl class="kt-summary-list">{ for rows }</dl>
            <button type="button" class="kt-button" part="button" onclick={show}>{ w.get("ui.check.submit") }</button>
        </>
    }
}
