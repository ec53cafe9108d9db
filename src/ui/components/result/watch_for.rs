//! Safety-netting: the signs that should make the person seek care sooner.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Outcome, WatchFor as Sign};
use crate::knowledge::{keys, Level};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct WatchForProps {
    pub outcome: Rc<Outcome>,
}

/// The signs grouped by how soon to act, most urgent first: shared by the
/// screen and the printout, so both list the same signs the same way.
pub fn by_level(watch: &[Sign]) -> Vec<(Level, Vec<&'static str>)> {
    [Level::Emergency, Level::Urgent, Level::Routine]
        .into_iter()
        .map(|l| {
            let signs = watch.iter().filter(|x| x.level == l).map(|x| x.rule);
            (l, signs.collect::<Vec<_>>())
        })
        .filter(|(_, signs)| !signs.is_empty())
        .collect()
}

#[component]
pub fn WatchFor(props: &WatchForProps) -> Html {
    let w = use_words();
    let groups = by_level(&props.outcome.watch_for);
    if groups.is_empty() {
        return html! {};
    }
    let groups = groups.into_iter().map(|(l, rules)| {
        html! {
            <div class={format!("kt-watch kt-watch--{}", l.id())}>
                <h3 class="kt-heading-s">{ w.rich(&keys::level_watch(l)) }</h3>
                <ul class="kt-list kt-list--bullet">
                    { for rules.into_iter().map(|r| html! { <li>{ w.get(&keys::rule_watch(r)) }</li> }) }
                </ul>
            </div>
        }
    });
    html! {
        <section class="kt-section kt-watch-for" aria-labelledby="kt-watch-title">
            <h2 class="kt-heading-m" id="kt-watch-title">{ w.get("ui.result.watch_title") }</h2>
            { for groups }
        </section>
    }
}
