//! What is around every screen: the safety banner ("not a diagnosis", the
//! emergency number), the status region for notices, then the page.

use yew::prelude::*;

use crate::ui::components::notification_banner::NotificationBanner;
use crate::ui::components::safety_banner::SafetyBanner;
use crate::ui::state::Notice;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub notice: Option<Notice>,
    pub children: Html,
}

/// The same frame for the live checker and for the early screens the build
/// draws from these components, so the two cannot drift apart.
#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let w = use_words();
    html! {
        <div class="kt-widget" lang={w.lang.tag()} part="widget">
            <SafetyBanner />
            <NotificationBanner notice={props.notice.clone()} />
            <div class="kt-page">{ props.children.clone() }</div>
        </div>
    }
}
