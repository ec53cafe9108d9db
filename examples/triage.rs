//! Command-line check for reviewers: prints the outcome of an answers file.
//!
//!     cargo run --example triage -- tests/vignettes/V05.json
//!     cat answers.json | cargo run --example triage -- -
//!
//! Prints the outcome as JSON (level, fired rules with their sources and the
//! answers behind them, causes, advice ids) plus the English call to action.
//! Exits 2 with a message naming the field when the file is not valid.

use std::io::Write;
use std::process::ExitCode;

#[path = "common/input.rs"]
mod input;
use input::read_input;

use serde::Serialize;

use knee_triage::engine::{triage, Answers, Outcome};
use knee_triage::knowledge::catalog::{text, Lang};
use knee_triage::knowledge::keys;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [arg] = args.as_slice() else {
        eprintln!("usage: triage FILE   (or - to read standard input)");
        return ExitCode::from(2);
    };
    let input = match read_input(arg) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let answers = match Answers::from_json(&input) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let outcome = triage(&answers);
    let key = keys::level_action(outcome.level);
    let report = Report {
        outcome: &outcome,
        action: text(Lang::EN, &key),
    };
    let json = serde_json::to_string_pretty(&report).unwrap_or_default();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{json}");
    ExitCode::SUCCESS
}

#[derive(Serialize)]
struct Report<'a> {
    #[serde(flatten)]
    outcome: &'a Outcome,
    /// The call to action in English, so a reviewer need not look it up.
    action: &'a str,
}
