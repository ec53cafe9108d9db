//! One radio or checkbox with its label, GOV.UK style: the real input stays
//! in the page (invisible, covering the drawn one), so the keyboard, screen
//! readers and forced colours all work on it.

use yew::prelude::*;

/// The id of a choice's input, unique within the widget, which the error
/// summary links to and the label points at.
pub fn input_id(question: &str, choice: &str) -> String {
    format!("kt-{question}-{choice}")
}

/// Which GOV.UK control a choice is drawn as.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ChoiceKind {
    /// One answer of several.
    Radio,
    /// Any number of answers.
    Checkbox,
}

/// One choice as GOV.UK draws it. A plain function rather than a component:
/// it has no state of its own, and each component type adds code to every
/// download (about 0.5 KB gzip each, measured on the release build).
pub fn choice_item(
    kind: ChoiceKind,
    question: &'static str,
    choice: &'static str,
    label: String,
    checked: bool,
    on_change: &Callback<&'static str>,
) -> Html {
    let (block, input_type) = match kind {
        ChoiceKind::Radio => ("kt-radios", "radio"),
        ChoiceKind::Checkbox => ("kt-checkboxes", "checkbox"),
    };
    let id = input_id(question, choice);
    let onchange = on_change.reform(move |_: Event| choice);
    html! {
        <div class={format!("{block}__item")}>
            <input class={format!("{block}__input")} type={input_type} id={id.clone()} name={question}
                   value={choice} {checked} {onchange} />
            <label class={format!("{block}__label")} for={id}>{ label }</label>
        </div>
    }
}
