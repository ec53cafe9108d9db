//! The articles behind the result, and the short citation used beside each item.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::small_sort::sort_small_by_key;
use crate::engine::Outcome;
use crate::knowledge::{Source, SOURCES};
use crate::ui::text::{use_words, Words};

#[derive(Properties, PartialEq)]
pub struct CitedProps {
    pub sources: &'static [&'static str],
}

/// "Sources: S0, S3", pointing to the list at the end of the page.
#[component]
pub fn Cited(props: &CitedProps) -> Html {
    let w = use_words();
    html! {
        <p class="kt-cited">{ w.fill("ui.result.cited", &[("sources", &in_order(props.sources))]) }</p>
    }
}

/// Article codes in their own order ("S0, S1, ... T0"), however a rule
/// lists them, so the reader can match them to the list of sources at a
/// glance. Joined here by hand: `[&str]::join` was the only copy of the
/// standard join for string slices in the wasm (about 1 KB).
pub fn in_order(sources: &[&'static str]) -> String {
    let mut sorted = sources.to_vec();
    sort_small_by_key(&mut sorted, |s| *s);
    let mut codes = String::new();
    for (i, code) in sorted.iter().enumerate() {
        if i > 0 {
            codes.push_str(", ");
        }
        codes.push_str(code);
    }
    codes
}

/// A source as a reader can find it again: the article's own title and what
/// kind of source it is. The articles came to the project as text without
/// their web address or publisher, so none is given rather than a guess.
pub fn source_line(w: &Words, s: &Source) -> String {
    if s.id == "T0" {
        return w.get("ui.source.T0");
    }
    w.fill("ui.source.article", &[("title", s.title)])
}

/// The sources an outcome cites, in their fixed order.
pub fn cited_sources(outcome: &Outcome) -> impl Iterator<Item = &'static Source> + '_ {
    SOURCES.iter().filter(|s| outcome.sources.contains(&s.id))
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let w = use_words();
    let items = cited_sources(&props.outcome)
        .map(|s| html! { <li><strong>{ s.id }</strong>{ ": " }{ source_line(&w, s) }</li> });
    html! {
        <section class="kt-section kt-sources" aria-labelledby="kt-sources-title">
            <h2 class="kt-heading-m" id="kt-sources-title">{ w.get("ui.result.sources_title") }</h2>
            <p>{ w.get("ui.result.sources_intro") }</p>
            <ul class="kt-list">{ for items }</ul>
        </section>
    }
}
