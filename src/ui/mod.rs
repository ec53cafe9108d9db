//! The questionnaire screens, as Yew function components.
//!
//! One reducer ([`state::State`]) holds everything; screens receive what
//! they show and a callback to dispatch [`state::Action`]s, as in Yew's
//! `function_todomvc` example.

mod app;
mod back_link;
mod check_answers;
mod choices;
mod clinic;
mod device;
mod diary;
mod error_summary;
mod focus;
mod import_answers;
mod language_switch;
mod notice;
mod question_page;
mod records;
mod result;
mod safety_banner;
mod start;
pub mod state;
pub mod text;

pub use app::{App, AppProps};
pub use clinic::Clinic;
pub use state::Opening;
