//! The GOV.UK back link: returns to the previous page as it was left.

use yew::prelude::*;

use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub on_back: Callback<()>,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let words = use_words();
    let onclick = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="kt-back-link" {onclick}>{ words.get("ui.back") }</button>
    }
}
