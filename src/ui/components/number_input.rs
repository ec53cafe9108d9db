//! The number box of a question that asks "how many", with its unit.

use yew::prelude::*;

use super::choice_item::input_id;
use crate::knowledge::{keys, Question};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    pub question: &'static Question,
    /// What the person has typed, kept as typed so an error can show it.
    pub value: String,
    pub describedby: AttrValue,
    pub invalid: bool,
    pub on_input: Callback<String>,
}

#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let w = use_words();
    let q = props.question;
    let oninput = props.on_input.reform(|e: InputEvent| {
        e.target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default()
    });
    let class = if props.invalid {
        "kt-input kt-input--width-3 kt-input--error"
    } else {
        "kt-input kt-input--width-3"
    };
    html! {
        <div class="kt-input__wrapper">
            // Text with a numeric keypad, as GOV.UK advises: type="number"
            // silently drops letters and changes values on scroll.
            <input class={class} id={input_id(q.id, "value")} name={q.id} type="text"
                   inputmode="numeric" autocomplete="off" spellcheck="false" value={props.value.clone()} {oninput}
                   aria-describedby={props.describedby.clone()} aria-invalid={props.invalid.to_string()} />
            <span class="kt-input__suffix" aria-hidden="true">{ w.get(&keys::question_unit(q.id)) }</span>
        </div>
    }
}
