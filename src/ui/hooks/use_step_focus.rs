//! Moves focus and names the step after every change of screen.
//!
//! A screen-reader user hears the new heading at once, and a keyboard user
//! continues from the top of the new page. The very first render does not
//! take focus: an embedded widget must not scroll its host page on load.

use yew::prelude::*;

use crate::knowledge::keys;
use crate::ui::state::{Screen, State};
use crate::ui::text::Words;

#[hook]
pub fn use_step_focus(
    state: &State,
    progress: Option<usize>,
    words: &Words,
    manage_title: bool,
    heading: NodeRef,
    error_summary: NodeRef,
) {
    let first_render = use_mut_ref(|| true);
    // Only a page of its own has a title to set, so only then is it built.
    let title = manage_title.then(|| step_title(state, progress, words));
    let has_error = state.error.is_some();
    // Each failed "Continue" counts, so a second failure with the same
    // error still takes focus back to the summary, as GOV.UK pages do.
    use_effect_with(
        (state.screen.clone(), has_error, state.failed_attempts),
        move |_| {
            if let Some(title) = title {
                if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                    doc.set_title(&title);
                }
            }
            let first = std::mem::replace(&mut *first_render.borrow_mut(), false);
            if !first {
                let target = if has_error { &error_summary } else { &heading };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        },
    );
}

/// "Error: Question 3: How long ... – Knee twitching checker". No total:
/// follow-up questions change it, and GOV.UK advises against a count that
/// changes on the way.
pub fn step_title(state: &State, progress: Option<usize>, words: &Words) -> String {
    let step = match &state.screen {
        Screen::Start => words.get("ui.start.title"),
        Screen::Question(q) => {
            let at = progress.unwrap_or(1);
            words.fill(
                "ui.title.question",
                &[
                    ("number", &at.to_string()),
                    ("question", &words.get(&keys::question_title(q))),
                ],
            )
        }
        Screen::CheckAnswers => words.get("ui.check.title"),
        Screen::Result => words.get("ui.result.title"),
        Screen::Diary => words.get("ui.diary.title"),
    };
    let app = words.get("ui.app_name");
    if state.error.is_some() {
        format!("{} {step} – {app}", words.get("ui.title.error_prefix"))
    } else {
        format!("{step} – {app}")
    }
}
