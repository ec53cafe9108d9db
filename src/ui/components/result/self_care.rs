//! Self-care that fits the causes found: how it helps and how to do it.

use std::rc::Rc;

use yew::prelude::*;

use super::sources::Cited;
use crate::engine::Outcome;
use crate::knowledge::{keys, Level, REMEDIES};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct SelfCareProps {
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn SelfCare(props: &SelfCareProps) -> Html {
    let w = use_words();
    let title = if props.outcome.level == Level::SelfCare {
        "ui.result.self_care_title"
    } else {
        "ui.result.self_care_title_meanwhile"
    };
    let items = REMEDIES
        .iter()
        .filter(|r| props.outcome.self_care.contains(&r.id))
        .map(|r| {
            html! {
                <li class="kt-remedy">
                    <h3 class="kt-heading-s">{ w.get(&keys::remedy_title(r.id)) }</h3>
                    <p>{ w.get(&keys::remedy_helps(r.id)) }</p>
                    <p>{ w.get(&keys::remedy_how(r.id)) }</p>
                    <Cited sources={r.sources} />
                </li>
            }
        });
    html! {
        <section class="kt-section" aria-labelledby="kt-self-care-title">
            <h2 class="kt-heading-m" id="kt-self-care-title">{ w.get(title) }</h2>
            <ul class="kt-list kt-list--remedies">{ for items }</ul>
        </section>
    }
}
