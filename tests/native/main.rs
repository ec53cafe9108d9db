//! Every native test, in one binary: linking eleven binaries on two cores
//! took longer than running them. One module per concern:
//!
//! - `vignettes`: the shared patient cases and the project's own, each in
//!   its accepted range and naming its causes;
//! - `coverage`: every id of content-coverage.md is in the knowledge,
//!   reachable and cited, and every id in every condition exists;
//! - `coherence`: the advice agrees with itself over 100,000 answer sets;
//! - `properties`: safety properties of the triage over random answers;
//! - `catalog`: every language has every text, plainly written;
//! - `emergency_numbers`: the shared emergency-number cases;
//! - `diary`, `fhir`, `json_reader`, `parser_fuzz`: the file formats;
//! - `readers_fuzz`: the short pass of the fuzz benchmark over every reader
//!   a person can feed, whose generators (`fuzz`) `benches/fuzz.rs` shares.
//!
//! The component tests in a browser are `tests/browser.rs` (wasm32).

#![cfg(not(target_arch = "wasm32"))]

mod common;

mod catalog;
mod coherence;
mod coverage;
mod diary;
mod emergency_numbers;
mod fhir;
mod fuzz;
mod json_reader;
mod parser_fuzz;
mod properties;
mod readers_fuzz;
mod vignettes;
