//! What is around every screen: the safety banner ("not a diagnosis", the
//! emergency number), the status region for notices, then the page.

use yew::prelude::*;

use crate::knowledge::catalog::Lang;
use crate::ui::components::notification_banner::NotificationBanner;
use crate::ui::components::safety_banner::SafetyBanner;
use crate::ui::state::Notice;

/// The same frame for the live checker and for the early screens the build
/// draws from these components, so the two cannot drift apart. A plain
/// function rather than a component: it draws no part of its own, and a
/// component's lifecycle code costs the download about 2 KB.
pub fn layout(lang: Lang, notice: Option<Notice>, page: Html) -> Html {
    html! {
        <div class="kt-widget" lang={lang.tag()} part="widget">
            <SafetyBanner />
            <NotificationBanner {notice} />
            <div class="kt-page">{ page }</div>
        </div>
    }
}
