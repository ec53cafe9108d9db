//! "Not a diagnosis" and the emergency number, on every screen.

use yew::prelude::*;

use crate::ui::text::use_words;

#[component]
pub fn SafetyBanner() -> Html {
    let words = use_words();
    html! {
        <aside class="kt-banner" part="banner" aria-label={words.get("ui.banner.label")}>
            <p class="kt-banner__emergency">
                <strong>{ words.rich("ui.banner.emergency") }</strong>
            </p>
            <p class="kt-banner__note">{ words.get("ui.banner.not_diagnosis") }</p>
        </aside>
    }
}
