//! Self-care: first what fits the person's answers, then the general
//! advice that helps most people, folded away when there is advice that
//! fits, so a phone shows what matters to them first.

use std::rc::Rc;

use yew::prelude::*;

use super::sources::Cited;
use crate::engine::Outcome;
use crate::knowledge::{keys, Level, REMEDIES};
use crate::ui::text::{use_words, Words};

#[derive(Properties, PartialEq)]
pub struct SelfCareProps {
    pub outcome: Rc<Outcome>,
}

fn remedy_items(w: &Words, ids: &[&'static str]) -> Html {
    let items = REMEDIES.iter().filter(|r| ids.contains(&r.id)).map(|r| {
        html! {
            <li class="kt-remedy">
                <h3 class="kt-heading-s">{ w.get(&keys::remedy_title(r.id)) }</h3>
                <p>{ w.get(&keys::remedy_helps(r.id)) }</p>
                <p>{ w.get(&keys::remedy_how(r.id)) }</p>
                <Cited sources={r.sources} />
            </li>
        }
    });
    html! { <ul class="kt-list kt-list--remedies">{ for items }</ul> }
}

#[component]
pub fn SelfCare(props: &SelfCareProps) -> Html {
    let w = use_words();
    let groups = props.outcome.self_care_grouped();
    if groups.fits_you.is_empty() && groups.general.is_empty() {
        return html! {};
    }
    let title = if props.outcome.level == Level::SelfCare {
        "ui.result.self_care_title"
    } else {
        "ui.result.self_care_title_meanwhile"
    };
    html! {
        <section class="kt-section kt-self-care" aria-labelledby="kt-self-care-title">
            <h2 class="kt-heading-m" id="kt-self-care-title">{ w.get(title) }</h2>
            if groups.fits_you.is_empty() {
                { remedy_items(&w, &groups.general) }
            } else {
                <p>{ w.get("ui.result.self_care_fits") }</p>
                { remedy_items(&w, &groups.fits_you) }
                if !groups.general.is_empty() {
                    <details class="kt-details">
                        <summary class="kt-details__summary">
                            <span class="kt-details__summary-text">{ w.get("ui.result.self_care_general") }</span>
                        </summary>
                        <div class="kt-details__text">{ remedy_items(&w, &groups.general) }</div>
                    </details>
                }
            }
        </section>
    }
}
