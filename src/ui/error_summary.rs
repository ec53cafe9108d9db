//! The GOV.UK error summary: focused on appearing, linking to the field.

use yew::prelude::*;

use super::text::use_words;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub message: AttrValue,
    /// The element the link moves focus to (the first input of the question).
    pub field: NodeRef,
    pub field_id: AttrValue,
    pub summary: NodeRef,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let w = use_words();
    // A plain "#id" link would change the host page's address and cannot
    // reach into a shadow root, so the link moves focus itself.
    let onclick = {
        let field = props.field.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some(el) = field.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        })
    };
    html! {
        <div class="kt-error-summary" part="error-summary" tabindex="-1" ref={props.summary.clone()}
             aria-labelledby="kt-error-summary-title" role="alert">
            <h2 class="kt-error-summary__title" id="kt-error-summary-title">{ w.get("ui.error.summary_title") }</h2>
            <ul class="kt-list kt-error-summary__list">
                <li><a href={format!("#{}", props.field_id)} {onclick}>{ props.message.clone() }</a></li>
            </ul>
        </div>
    }
}
