//! Likely causes, most likely first, each with what to do about it.
//!
//! Rare, serious causes are listed apart, after the common ones and with a
//! calm note, so that a person never reads "ALS" as their most likely cause.
//! Beside a warning sign, everyday triggers such as stress come last, apart
//! and unnumbered: they may add to the twitching but do not explain the sign.

use std::rc::Rc;

use yew::prelude::*;

use super::sources::Cited;
use crate::engine::{LikelyCause, Outcome};
use crate::knowledge::{cause, keys, Level};
use crate::ui::text::{use_words, Words};

#[derive(Properties, PartialEq)]
pub struct LikelyCausesProps {
    pub outcome: Rc<Outcome>,
}

fn cause_item(w: &Words, c: &LikelyCause) -> Html {
    let Some(known) = cause(c.cause) else {
        return html! {};
    };
    html! {
        <li class="kt-cause">
            <h3 class="kt-heading-s">{ w.get(&keys::cause_name(c.cause)) }</h3>
            <p>{ w.get(&keys::cause_about(c.cause)) }</p>
            <p><strong>{ w.get("ui.result.what_to_do") }</strong>{ " " }{ w.get(&keys::cause_todo(c.cause)) }</p>
            <Cited sources={known.sources} />
        </li>
    }
}

/// What to say when no common cause stands out. "It often goes away on its
/// own" only fits when self-care is the advice; with a sign that needs a
/// doctor it would reassure where it should not.
pub fn no_causes_key(level: Level) -> &'static str {
    if level == Level::SelfCare {
        "ui.result.no_causes"
    } else {
        "ui.result.no_causes_doctor"
    }
}

#[component]
pub fn LikelyCauses(props: &LikelyCausesProps) -> Html {
    let w = use_words();
    let groups = props.outcome.causes_grouped();
    html! {
        <section class="kt-section" aria-labelledby="kt-causes-title">
            <h2 class="kt-heading-m" id="kt-causes-title">{ w.get("ui.result.causes_title") }</h2>
            if groups.main.is_empty() {
                <p>{ w.get(no_causes_key(props.outcome.level)) }</p>
            } else {
                <p>{ w.get("ui.result.causes_intro") }</p>
                <ol class="kt-list kt-list--causes">{ for groups.main.iter().map(|c| cause_item(&w, c)) }</ol>
            }
            if !groups.rare.is_empty() {
                <h3 class="kt-heading-s">{ w.get("ui.result.rare_title") }</h3>
                <p>{ w.get("ui.result.rare_intro") }</p>
                <ul class="kt-list kt-list--rare">{ for groups.rare.iter().map(|c| cause_item(&w, c)) }</ul>
            }
            if !groups.also.is_empty() {
                <h3 class="kt-heading-s">{ w.get("ui.result.also_title") }</h3>
                <p>{ w.get("ui.result.also_intro") }</p>
                <ul class="kt-list kt-list--also">{ for groups.also.iter().map(|c| cause_item(&w, c)) }</ul>
            }
        </section>
    }
}
