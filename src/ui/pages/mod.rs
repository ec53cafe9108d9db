//! The screens a person sees, in the order they meet them.
//!
//! Each page receives what it shows and one callback for [`Action`]s; it maps
//! its components' callbacks onto actions, so the components stay reusable
//! and never depend on the reducer.

mod check_answers;
mod current;
mod diary;
mod question;
mod result;
mod start;

pub use check_answers::CheckAnswers;
pub use current::{current_page, PageData};
pub use diary::DiaryPage;
pub use question::QuestionPage;
pub use result::ResultPage;
pub use start::StartPage;

use yew::Callback;

use super::components::remember_on_device::RememberChange;
use super::state::{Action, Notice};

/// The action for a change made in the "remember on this device" controls,
/// which the start page and the result page both show.
fn remember_action(on_action: &Callback<Action>) -> Callback<RememberChange> {
    on_action.reform(|change| match change {
        RememberChange::Start => Action::SetRemember(true),
        RememberChange::Stop { forgotten } => Action::StopRemembering(forgotten),
        RememberChange::Erase { done: true } => Action::Erased,
        RememberChange::Erase { done: false } => Action::Notify(Notice::StorageUnavailable),
    })
}
