//! "Remember my answers on this device" and "Erase everything": the opt-in
//! and the way out, offered only when the embedding clinic allows storage.

use yew::prelude::*;

use crate::ui::browser;
use crate::ui::text::use_words;

/// What the person did with the controls, and how the device answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RememberChange {
    /// Ticked: keep the answers and diary from now on.
    Start,
    /// Unticked; `forgotten` says whether the kept copy could be removed.
    Stop { forgotten: bool },
    /// "Erase everything"; `done` says whether the device allowed it.
    Erase { done: bool },
}

#[derive(Properties, PartialEq)]
pub struct RememberOnDeviceProps {
    pub remember: bool,
    pub on_change: Callback<RememberChange>,
}

#[component]
pub fn RememberOnDevice(props: &RememberOnDeviceProps) -> Html {
    let w = use_words();
    // Unticking removes what was kept: otherwise the next visit would
    // restore it and go on saving without the person opting in again.
    let onchange = props.on_change.reform(|e: Event| {
        let on = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .is_some_and(|i| i.checked());
        if on {
            RememberChange::Start
        } else {
            RememberChange::Stop {
                forgotten: browser::forget().is_ok(),
            }
        }
    });
    let erase = props
        .on_change
        .reform(|_: MouseEvent| RememberChange::Erase {
            done: browser::erase().is_ok(),
        });
    html! {
        <div class="kt-remember">
            <div class="kt-checkboxes kt-checkboxes--single">
                <div class="kt-checkboxes__item">
                    <input class="kt-checkboxes__input" type="checkbox" id="kt-remember" checked={props.remember}
                           aria-describedby="kt-remember-hint" {onchange} />
                    <label class="kt-checkboxes__label" for="kt-remember">{ w.get("ui.records.remember") }</label>
                </div>
            </div>
            <div class="kt-hint" id="kt-remember-hint">{ w.get("ui.records.remember_hint") }</div>
            <button type="button" class="kt-button kt-button--warning" part="button" onclick={erase}>{ w.get("ui.records.erase") }</button>
        </div>
    }
}
