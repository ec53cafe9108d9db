//! The GOV.UK error summary: a list of problems, each linking to its field.

use yew::prelude::*;

use crate::ui::text::use_words;

/// One problem: the message and the id of the field it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub message: AttrValue,
    pub field_id: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
    /// Focused by the page when the summary appears.
    pub summary: NodeRef,
}

/// Moves focus to the element with this id in the same tree as `from`
/// (the widget's shadow root, or the document when there is none).
fn focus_by_id(from: &web_sys::Node, id: &str) {
    use wasm_bindgen::JsCast;
    let root = from.get_root_node();
    let found = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.get_element_by_id(id)),
    };
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let w = use_words();
    let items = props.errors.iter().map(|e| {
        // A plain "#id" link would change the host page's address and cannot
        // reach into a shadow root, so the link moves focus itself.
        let summary = props.summary.clone();
        let id = e.field_id.clone();
        let onclick = Callback::from(move |ev: MouseEvent| {
            ev.prevent_default();
            if let Some(node) = summary.get() {
                focus_by_id(&node, &id);
            }
        });
        html! { <li><a href={format!("#{}", e.field_id)} {onclick}>{ e.message.clone() }</a></li> }
    });
    html! {
        <div class="kt-error-summary" part="error-summary" tabindex="-1" ref={props.summary.clone()}
             aria-labelledby="kt-error-summary-title" role="alert">
            <h2 class="kt-error-summary__title" id="kt-error-summary-title">{ w.get("ui.error.summary_title") }</h2>
            <ul class="kt-list kt-error-summary__list">{ for items }</ul>
        </div>
    }
}
