//! The NHS care card: the level in words, never by colour alone.

use yew::prelude::*;

use crate::knowledge::emergency::tel_href;
use crate::knowledge::{keys, Level};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct CareCardProps {
    pub level: Level,
}

#[component]
pub fn CareCard(props: &CareCardProps) -> Html {
    let w = use_words();
    let l = props.level;
    html! {
        <div class={format!("kt-care-card kt-care-card--{}", l.id())} part={format!("care-card care-card-{}", l.id())}>
            <div class="kt-care-card__heading-container">
                <h2 class="kt-care-card__heading">
                    <span role="text">
                        <span class="kt-visually-hidden">{ w.get(&keys::level_prefix(l)) }{" "}</span>
                        { w.rich(&keys::level_title(l)) }
                    </span>
                </h2>
                <span class="kt-care-card__arrow" aria-hidden="true"></span>
            </div>
            <div class="kt-care-card__content">
                <p>{ w.rich(&keys::level_action(l)) }</p>
                // One tap from a thumb: the inline number is small on a phone.
                if l == Level::Emergency {
                    <a class="kt-button kt-call-button" part="button" href={tel_href(&w.emergency_number)}>
                        { w.get("ui.result.call") }
                    </a>
                }
            </div>
        </div>
    }
}
