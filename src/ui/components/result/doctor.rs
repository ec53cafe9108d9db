//! What a doctor may do, shown when a visit is advised.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Outcome;
use crate::knowledge::keys;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct DoctorStepsProps {
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn DoctorSteps(props: &DoctorStepsProps) -> Html {
    let w = use_words();
    let steps = &props.outcome.doctor_steps;
    if steps.is_empty() {
        return html! {};
    }
    html! {
        <section class="kt-section" aria-labelledby="kt-doctor-title">
            <h2 class="kt-heading-m" id="kt-doctor-title">{ w.get("ui.result.doctor_title") }</h2>
            <ul class="kt-list kt-list--bullet">
                { for steps.iter().map(|d| html! { <li>{ w.get(&keys::doctor_step(d)) }</li> }) }
            </ul>
        </section>
    }
}
