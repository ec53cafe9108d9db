//! The radios of a question with one answer.

use yew::prelude::*;

use super::choice_item::{choice_item, ChoiceKind};
use crate::knowledge::{keys, Question};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct RadiosProps {
    pub question: &'static Question,
    /// The choice picked so far on this page, if any.
    pub picked: Option<&'static str>,
    pub on_choose: Callback<&'static str>,
}

#[component]
pub fn Radios(props: &RadiosProps) -> Html {
    let w = use_words();
    let q = props.question;
    let items = q.choices.iter().map(|choice| {
        choice_item(
            ChoiceKind::Radio,
            q.id,
            choice.id,
            w.get(&keys::choice(q.id, choice.id)),
            props.picked == Some(choice.id),
            &props.on_choose,
        )
    });
    html! { <div class="kt-radios">{ for items }</div> }
}
