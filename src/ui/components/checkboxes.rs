//! The checkboxes of a question with any number of answers, with GOV.UK's
//! "or" above a choice that stands alone ("None of these").

use yew::prelude::*;

use super::choice_item::{choice_item, ChoiceKind};
use crate::knowledge::{keys, Question};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct CheckboxesProps {
    pub question: &'static Question,
    /// The choices ticked so far on this page.
    pub ticked: Vec<&'static str>,
    pub on_toggle: Callback<&'static str>,
}

#[component]
pub fn Checkboxes(props: &CheckboxesProps) -> Html {
    let w = use_words();
    let q = props.question;
    let mut items = Vec::new();
    for (i, choice) in q.choices.iter().enumerate() {
        if choice.exclusive && i > 0 && !q.choices[i - 1].exclusive {
            items.push(html! { <div class="kt-checkboxes__divider">{ w.get("ui.or") }</div> });
        }
        items.push(choice_item(
            ChoiceKind::Checkbox,
            q.id,
            choice.id,
            w.get(&keys::choice(q.id, choice.id)),
            props.ticked.contains(&choice.id),
            &props.on_toggle,
        ));
    }
    html! { <div class="kt-checkboxes">{ for items }</div> }
}
