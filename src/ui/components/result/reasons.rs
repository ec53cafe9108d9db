//! "Why this result": every rule that set the level, with the answers behind it.

use std::rc::Rc;

use yew::prelude::*;

use super::sources::Cited;
use crate::engine::{Answers, Evidence, Outcome, DIARY_EVIDENCE};
use crate::knowledge::keys;
use crate::ui::text::{use_words, Words};

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub outcome: Rc<Outcome>,
    pub answers: Answers,
}

/// "How long: 4 to 7 days" for one piece of evidence.
pub fn evidence_line(w: &Words, e: &Evidence) -> String {
    if e.question == DIARY_EVIDENCE {
        let days = e.number.unwrap_or_default().to_string();
        return w.fill(
            &keys::diary_evidence(e.choice.unwrap_or_default()),
            &[("days", &days)],
        );
    }
    let value = match (e.choice, e.number) {
        (Some(c), _) => w.get(&keys::choice(e.question, c)),
        (None, Some(n)) => w.amount(e.question, n),
        // Asked but left out of a loaded file.
        (None, None) => w.get("ui.check.not_answered"),
    };
    format!("{}: {value}", w.get(&keys::question_short(e.question)))
}

#[component]
pub fn Reasons(props: &ReasonsProps) -> Html {
    let w = use_words();
    let items = props.outcome.reasons.iter().map(|r| {
        let evidence = r
            .evidence
            .iter()
            .map(|e| html! { <li>{ evidence_line(&w, e) }</li> });
        html! {
            <li class="kt-reason">
                <p>{ w.rich(&keys::rule_why(r.rule)) }</p>
                if !r.evidence.is_empty() {
                    <p class="kt-visually-hidden">{ w.get("ui.result.your_answers") }</p>
                    <ul class="kt-list kt-list--answers">{ for evidence }</ul>
                }
                <Cited sources={r.sources} />
            </li>
        }
    });
    html! {
        <section class="kt-section" aria-labelledby="kt-why-title">
            <h2 class="kt-heading-m" id="kt-why-title">{ w.get("ui.result.why_title") }</h2>
            <ul class="kt-list kt-list--reasons">{ for items }</ul>
        </section>
    }
}
