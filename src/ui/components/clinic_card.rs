//! The embedding clinic's contact card on the result page.

use yew::prelude::*;

use crate::knowledge::Level;
use crate::ui::text::use_words;

/// How the clinic can be reached; each part is optional but one is needed.
/// Values are checked by the shell before they get here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clinic {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// Always an `https://` address.
    pub booking_url: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct ClinicCardProps {
    pub clinic: Clinic,
    pub level: Level,
}

/// What the card advises at each level; nothing in an emergency, where the
/// only right action is the emergency number.
fn advice_key(level: Level) -> Option<&'static str> {
    match level {
        Level::SelfCare => Some("ui.clinic.advice.self_care"),
        Level::Routine => Some("ui.clinic.advice.routine"),
        Level::Urgent => Some("ui.clinic.advice.urgent"),
        Level::Emergency => None,
    }
}

#[component]
pub fn ClinicCard(props: &ClinicCardProps) -> Html {
    let w = use_words();
    let Some(advice) = advice_key(props.level) else {
        return html! {};
    };
    let c = &props.clinic;
    let title = match &c.name {
        Some(name) => w.fill("ui.clinic.title_named", &[("clinic", name)]),
        None => w.get("ui.clinic.title"),
    };
    let phone = c.phone.as_ref().map(|p| {
        let dial: String = p.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
        html! {
            <p><a class="kt-link" href={format!("tel:{dial}")}>{ w.fill("ui.clinic.call", &[("phone", p)]) }</a></p>
        }
    });
    // Online booking often offers the first free slot weeks away: for
    // "today or tomorrow" the link says so, and the phone comes first.
    let book_key = if props.level == Level::Urgent {
        "ui.clinic.book_online_urgent"
    } else {
        "ui.clinic.book_online"
    };
    let booking = c.booking_url.as_ref().map(|url| {
        html! {
            <p>
                <a class="kt-link" href={url.clone()} target="_blank" rel="noopener noreferrer">
                    { w.get(book_key) }{ " " }{ w.get("ui.clinic.new_tab") }
                </a>
            </p>
        }
    });
    html! {
        <section class="kt-section kt-clinic" part="clinic" aria-labelledby="kt-clinic-title">
            <h2 class="kt-heading-m" id="kt-clinic-title">{ title }</h2>
            <p>{ w.get(advice) }</p>
            { phone }
            { booking }
        </section>
    }
}
