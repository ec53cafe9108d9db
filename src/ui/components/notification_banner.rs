//! Messages about storage, files and language files, in a status region.
//!
//! The region is always in the page and in the accessibility tree, so a
//! screen reader announces a new message without focus moving away from
//! what the person was doing. While empty it only loses its box
//! (`kt-notice--empty` in the stylesheet); it is never `display: none`,
//! which would make it a new region each time a message arrives, and such
//! a region is often not announced.

use yew::prelude::*;

use crate::ui::state::Notice;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct NotificationBannerProps {
    pub notice: Option<Notice>,
}

/// The catalog key of a notice.
pub fn notice_key(notice: &Notice) -> &'static str {
    match notice {
        Notice::Restored => "ui.notice.restored",
        Notice::RestoredOutdated => "ui.notice.restored_outdated",
        Notice::SetAside => "ui.notice.set_aside",
        Notice::StorageUnavailable => "ui.notice.storage_unavailable",
        Notice::StorageFull => "ui.notice.storage_full",
        Notice::Erased => "ui.notice.erased",
        Notice::Forgotten => "ui.notice.forgotten",
        Notice::Imported => "ui.notice.imported",
        Notice::ImportedEmergency => "ui.notice.imported_emergency",
        Notice::ImportRefused(p) => p.kind.message_key(),
        Notice::LanguageUnavailable(_) => "ui.notice.language_unavailable",
        Notice::FhirUnavailable => "ui.notice.fhir_unavailable",
    }
}

#[component]
pub fn NotificationBanner(props: &NotificationBannerProps) -> Html {
    let w = use_words();
    let (class, message) = match &props.notice {
        None => ("kt-notice kt-notice--empty", String::new()),
        Some(n @ Notice::ImportRefused(p)) => (
            "kt-notice kt-notice--problem",
            w.fill(notice_key(n), &[("field", &p.field)]),
        ),
        Some(n @ Notice::LanguageUnavailable(lang)) => (
            "kt-notice kt-notice--problem",
            w.fill(notice_key(n), &[("language", lang.name())]),
        ),
        Some(
            n @ (Notice::SetAside
            | Notice::StorageFull
            | Notice::StorageUnavailable
            | Notice::FhirUnavailable),
        ) => ("kt-notice kt-notice--problem", w.get(notice_key(n))),
        Some(n) => ("kt-notice", w.get(notice_key(n))),
    };
    html! {
        <div class={class} role="status" part="notice">
            if !message.is_empty() {
                <p>{ message }</p>
            }
        </div>
    }
}
