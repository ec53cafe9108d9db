//! The articles behind the result, and the short citation used beside each item.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Outcome;
use crate::knowledge::SOURCES;
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct CitedProps {
    pub sources: &'static [&'static str],
}

/// "Sources: S0, S3", pointing to the list at the end of the page.
#[component]
pub fn Cited(props: &CitedProps) -> Html {
    let w = use_words();
    html! {
        <p class="kt-cited">{ w.fill("ui.result.cited", &[("sources", &props.sources.join(", "))]) }</p>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let w = use_words();
    let items = SOURCES
        .iter()
        .filter(|s| props.outcome.sources.contains(&s.id))
        .map(|s| {
            let title = if s.id == "T0" {
                w.get("ui.source.T0")
            } else {
                format!("“{}”", s.title)
            };
            html! { <li><strong>{ s.id }</strong>{ ": " }{ title }</li> }
        });
    html! {
        <section class="kt-section kt-sources" aria-labelledby="kt-sources-title">
            <h2 class="kt-heading-m" id="kt-sources-title">{ w.get("ui.result.sources_title") }</h2>
            <p>{ w.get("ui.result.sources_intro") }</p>
            <ul class="kt-list">{ for items }</ul>
        </section>
    }
}
