//! The GOV.UK back link: returns to the previous page as it was left.

use yew::prelude::*;

use super::state::Action;
use super::text::use_words;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub on_action: Callback<Action>,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let words = use_words();
    let onclick = props.on_action.reform(|_: MouseEvent| Action::Back);
    html! {
        <button type="button" class="kt-back-link" {onclick}>{ words.get("ui.back") }</button>
    }
}
