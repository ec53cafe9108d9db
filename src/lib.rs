//! knee-triage: a symptom checker for knee twitching that runs in the browser.
//!
//! Four parts, each in its own folder:
//! - `knowledge`: questions, rules, causes and advice as reviewable data, with
//!   the articles they come from, and the text catalogs;
//! - `engine`: runs the knowledge on a person's answers, with no web crates;
//! - `ui` and `shell`: the Yew screens and the embeddable custom element.

pub mod engine;
pub mod knowledge;
pub mod shell;
pub mod ui;
