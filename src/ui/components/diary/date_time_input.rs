//! GOV.UK's date input (day, month and year boxes) with a time box, in
//! place of the browser's `datetime-local` picker: that picker writes the
//! date in the *browser's* language and order, which may not be the one
//! the checker is shown in, so "12/01" could mean two days on one screen.
//! Here the boxes follow the locale's order (month first in the US).

use yew::prelude::*;

use super::when::{WhenDraft, WhenField};
use crate::ui::dates::DatePart;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct DateTimeInputProps {
    pub draft: WhenDraft,
    /// The order of the date boxes.
    pub order: [DatePart; 3],
    /// "For example, 27 3 2026 at 2:30 PM", in the locale's order and clock.
    pub hint: AttrValue,
    /// The messages to show above the boxes.
    pub messages: Vec<AttrValue>,
    /// The boxes at fault, marked with a red border.
    pub faulty: Vec<WhenField>,
    /// Told what a box now holds.
    pub on_change: Callback<(WhenField, String)>,
}

#[component]
pub fn DateTimeInput(props: &DateTimeInputProps) -> Html {
    let w = use_words();
    let error_id = "kt-episode-when-error";
    let described = if props.messages.is_empty() {
        "kt-episode-when-hint".to_string()
    } else {
        format!("kt-episode-when-hint {error_id}")
    };
    let item = |field: WhenField| {
        let (label, value, width) = match field {
            WhenField::Date(DatePart::Day) => {
                ("ui.diary.day", &props.draft.day, "kt-date-input__input--2")
            }
            WhenField::Date(DatePart::Month) => (
                "ui.diary.month",
                &props.draft.month,
                "kt-date-input__input--2",
            ),
            WhenField::Date(DatePart::Year) => (
                "ui.diary.year",
                &props.draft.year,
                "kt-date-input__input--4",
            ),
            WhenField::Time => (
                "ui.diary.time",
                &props.draft.time,
                "kt-date-input__input--time",
            ),
        };
        // One class string rather than `classes!`, which no other part
        // used and which brings in Yew's class set.
        let class = if props.faulty.contains(&field) {
            format!("kt-input kt-date-input__input {width} kt-input--error")
        } else {
            format!("kt-input kt-date-input__input {width}")
        };
        let onchange = props.on_change.reform(move |e: Event| {
            let value = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            (field, value)
        });
        // Numbers only for the date, so phones show their number pad; the
        // time may need "PM", so it gets the full keyboard.
        let mode = if field == WhenField::Time {
            "text"
        } else {
            "numeric"
        };
        let item_class = if field == WhenField::Time {
            "kt-date-input__item kt-date-input__item--time"
        } else {
            "kt-date-input__item"
        };
        html! {
            <div class={item_class}>
                <label class="kt-label kt-date-input__label" for={field.id()}>{ w.get(label) }</label>
                <input {class} type="text" inputmode={mode}
                       id={field.id()} value={value.clone()} autocomplete="off" spellcheck="false" {onchange} />
            </div>
        }
    };
    let group = if props.messages.is_empty() {
        "kt-form-group"
    } else {
        "kt-form-group kt-form-group--error"
    };
    html! {
        <div class={group}>
            <fieldset class="kt-fieldset" role="group" aria-describedby={described}>
                <legend class="kt-fieldset__legend">{ w.get("ui.diary.at") }</legend>
                <div class="kt-hint" id="kt-episode-when-hint">{ props.hint.clone() }</div>
                if !props.messages.is_empty() {
                    <div id={error_id}>
                        { for props.messages.iter().map(|m| html! {
                            <p class="kt-error-message"><span class="kt-visually-hidden">{ w.get("ui.error.prefix") }{ " " }</span>{ m.clone() }</p>
                        }) }
                    </div>
                }
                <div class="kt-date-input">
                    { for props.order.iter().map(|p| item(WhenField::Date(*p))) }
                    { item(WhenField::Time) }
                </div>
            </fieldset>
        </div>
    }
}
