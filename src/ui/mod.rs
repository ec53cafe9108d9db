//! The questionnaire screens, as Yew function components.
//!
//! Laid out as Yew's own `function_todomvc` and `function_router` examples:
//! - [`state`]: everything the person has done, changed only by the one
//!   reducer, through [`state::Action`]s;
//! - `pages/`: the screens a person sees, one file each; a page is the only
//!   part that turns a click into an `Action`;
//! - `components/`: the parts of those screens, each given what it shows and
//!   the callbacks it needs, never the whole `Action`;
//! - `hooks/`: what happens after a render (focus, the device record), and
//!   switching to a language whose text is fetched on demand;
//! - [`text`]: the words, from the language's catalog;
//! - `dates`: dates and numbers as the visitor's locale writes them;
//! - `browser`: the browser's own facilities (storage, files, printing).

mod app;
mod browser;
pub(crate) mod components;
mod dates;
pub(crate) mod hooks;
pub(crate) mod pages;
pub mod state;
pub mod text;

pub use app::{App, AppProps};
pub use components::clinic_card::Clinic;
pub use hooks::LanguageSource;
pub use state::Opening;
