//! knee-triage: a symptom checker for knee twitching that runs in the browser.
//!
//! The medicine lives in the `knee-triage-core` crate (`crates/`), which has
//! no web dependency; this crate is the browser side:
//! - `ui`: the Yew screens;
//! - `shell`: the embeddable custom element, its settings and the loader.
//!
//! `knowledge`, `engine` and `formats` are the core crate's, re-exported so the screens
//! and the reviewer tools name them as one crate.

pub use knee_triage_core::{engine, formats, knowledge};

pub mod shell;
pub mod ui;
