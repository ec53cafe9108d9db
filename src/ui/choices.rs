//! Radios, checkboxes and the number box of a question page.

use yew::prelude::*;

use super::state::{Action, Draft};
use super::text::use_words;
use crate::knowledge::{keys, AnswerKind, Question};

#[derive(Properties, PartialEq)]
pub struct ChoicesProps {
    pub question: &'static Question,
    pub draft: Draft,
    pub describedby: AttrValue,
    pub on_action: Callback<Action>,
}

/// The id of a choice's input, unique within the widget.
pub fn input_id(question: &str, choice: &str) -> String {
    format!("kt-{question}-{choice}")
}

#[component]
pub fn Choices(props: &ChoicesProps) -> Html {
    let w = use_words();
    let q = props.question;
    let many = q.kind == AnswerKind::Many;
    let (group_class, item_class, input_class, label_class, input_type) = if many {
        (
            "kt-checkboxes",
            "kt-checkboxes__item",
            "kt-checkboxes__input",
            "kt-checkboxes__label",
            "checkbox",
        )
    } else {
        (
            "kt-radios",
            "kt-radios__item",
            "kt-radios__input",
            "kt-radios__label",
            "radio",
        )
    };
    let is_picked = |c: &str| match &props.draft {
        Draft::One(x) => *x == c,
        Draft::Many(xs) => xs.contains(&c),
        _ => false,
    };
    let mut items = Vec::new();
    for (i, choice) in q.choices.iter().enumerate() {
        // GOV.UK puts "or" above the choice that stands alone.
        if many && choice.exclusive && i > 0 && !q.choices[i - 1].exclusive {
            items.push(html! { <div class="kt-checkboxes__divider">{ w.get("ui.or") }</div> });
        }
        let id = input_id(q.id, choice.id);
        let c = choice.id;
        let onchange = props.on_action.reform(move |_: Event| {
            if many {
                Action::Toggle(c)
            } else {
                Action::Choose(c)
            }
        });
        items.push(html! {
            <div class={item_class}>
                <input class={input_class} type={input_type} id={id.clone()} name={q.id} value={c}
                       checked={is_picked(c)} {onchange} />
                <label class={label_class} for={id}>{ w.get(&keys::choice(q.id, c)) }</label>
            </div>
        });
    }
    html! { <div class={group_class}>{ for items }</div> }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub question: &'static Question,
    pub draft: Draft,
    pub describedby: AttrValue,
    pub invalid: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let w = use_words();
    let q = props.question;
    let value = match &props.draft {
        Draft::Number(text) => text.clone(),
        _ => String::new(),
    };
    let oninput = props.on_action.reform(|e: InputEvent| {
        let text = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        Action::TypeNumber(text)
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
                   inputmode="numeric" autocomplete="off" spellcheck="false" {value} {oninput}
                   aria-describedby={props.describedby.clone()} aria-invalid={props.invalid.to_string()} />
            <span class="kt-input__suffix" aria-hidden="true">{ w.get(&keys::question_unit(q.id)) }</span>
        </div>
    }
}
