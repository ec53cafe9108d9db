//! The FHIR export (docs/fhir.md) stays current, converts every condition,
//! and produces responses that fit the Questionnaire: right nesting, offered
//! codes, numbers in range, and — evaluated the FHIR way — enabled exactly
//! where the widget asks.
//!
//! - `conformance`: an independent check that a response fits the
//!   Questionnaire, evaluating `enableWhen` as FHIR R4 does;
//! - `questionnaire`: the form is committed, current and matches the questions;
//! - `response`: the vignettes' and random answers' responses fit it.

use std::path::PathBuf;

use serde_json::Value;

use knee_triage::engine::Answers;
use knee_triage::formats::fhir;

mod code_systems;
mod conformance;
mod questionnaire;
mod response;

/// The widget's output re-read by `serde_json`, an independent reader: what
/// the tests check is the text a clinic's system would receive.
fn reread(resource: &knee_triage::formats::json::Value) -> Value {
    serde_json::from_str(&resource.to_pretty_string()).expect("the widget writes valid JSON")
}

fn questionnaire() -> Value {
    reread(&fhir::questionnaire())
}

fn questionnaire_response(answers: &Answers, authored: &str) -> Value {
    reread(&fhir::questionnaire_response(
        answers,
        &knee_triage::engine::triage(answers),
        authored,
    ))
}

/// Fails unless the committed file at `rel` holds `generated`: the
/// published copies clinics load must be what the code makes now.
fn assert_committed(rel: &str, generated: &Value) {
    let path = manifest_path(rel);
    let committed = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| serde_json::from_str::<Value>(&t).ok());
    assert!(
        committed.as_ref() == Some(generated),
        "{} is missing or out of date; regenerate it with\n    cargo run -p knee-triage-codegen",
        path.display()
    );
}

fn manifest_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn vignettes() -> Vec<(String, Answers)> {
    let dir = manifest_path("tests/vignettes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 18,
        "expected the vignettes, found {}",
        files.len()
    );
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).expect("readable vignette");
            let answers = Answers::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, answers)
        })
        .collect()
}
