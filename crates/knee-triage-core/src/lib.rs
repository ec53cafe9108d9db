//! knee-triage-core: the knee-twitching checker without the browser.
//!
//! Three rooms, kept apart from the web crate that draws the screens so a
//! clinician can review the medicine and a test can run it natively:
//! - `knowledge`: questions, rules, causes and advice as reviewable data,
//!   each with the articles it comes from, and the text catalogs;
//! - `engine`: runs the knowledge on a person's answers and explains the
//!   result;
//! - `formats`: the files a person or clinic keeps (answers, device record,
//!   diary, FHIR), and the JSON they are written in.
//!
//! This crate has no web dependency (see its Cargo.toml), so a web import
//! here is a compile error rather than a comment's promise.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod engine;
pub mod formats;
pub mod knowledge;
