//! Safety-netting: the signs that should make the person seek care sooner.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Outcome;
use crate::knowledge::{keys, Level};
use crate::ui::text::use_words;

#[derive(Properties, PartialEq)]
pub struct WatchForProps {
    pub outcome: Rc<Outcome>,
}

#[component]
pub fn WatchFor(props: &WatchForProps) -> Html {
    let w = use_words();
    let watch = &props.outcome.watch_for;
    if watch.is_empty() {
        return html! {};
    }
    let groups = [Level::Emergency, Level::Urgent, Level::Routine]
        .into_iter()
        .filter(|l| watch.iter().any(|x| x.level == *l))
        .map(|l| {
            let signs = watch
                .iter()
                .filter(|x| x.level == l)
                .map(|x| html! { <li>{ w.get(&keys::rule_watch(x.rule)) }</li> });
            html! {
                <div class={classes!("kt-watch", format!("kt-watch--{}", l.id()))}>
                    <h3 class="kt-heading-s">{ w.rich(&keys::level_watch(l)) }</h3>
                    <ul class="kt-list kt-list--bullet">{ for signs }</ul>
                </div>
            }
        });
    html! {
        <section class="kt-section" aria-labelledby="kt-watch-title">
            <h2 class="kt-heading-m" id="kt-watch-title">{ w.get("ui.result.watch_title") }</h2>
            { for groups }
        </section>
    }
}
