//! Command-line check for reviewers: prints the outcome of an answers file.
//!
//!     cargo run --example triage -- tests/vignettes/V05.json
//!     cat answers.json | cargo run --example triage -- -
//!
//! Prints the outcome as JSON (level, fired rules with their sources and the
//! answers behind them, causes, advice ids, every question the file left out
//! and how it was read, the titles of the articles cited) plus the English
//! call to action.
//! Exits 2 with a message naming the field when the file is not valid.

use std::io::Write;
use std::process::ExitCode;

#[path = "common/input.rs"]
mod input;
use input::read_input;

use serde::Serialize;

use knee_triage::engine::{triage, Answers, Outcome};
use knee_triage::knowledge::catalog::{text, Lang};
use knee_triage::knowledge::{keys, question, sign_unknown_if_missing, SOURCES};

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
    let read_as = outcome
        .unanswered
        .iter()
        .map(|q| ReadAs {
            question: q,
            read_as: match question(q).and_then(|k| k.if_missing) {
                Some(not_sure) => not_sure,
                None if sign_unknown_if_missing(q) => "sign not ruled out",
                None => "no trigger named",
            },
        })
        .collect();
    let articles = outcome
        .sources
        .iter()
        .filter_map(|id| SOURCES.iter().find(|s| s.id == *id))
        .map(|s| (s.id, s.title))
        .collect();
    let report = Report {
        outcome: &outcome,
        read_as,
        articles,
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
    /// Each asked question the file left out, and how triage read it.
    read_as: Vec<ReadAs<'a>>,
    /// The title of every article cited above, by its id.
    articles: std::collections::BTreeMap<&'static str, &'static str>,
    /// The call to action in English, so a reviewer need not look it up.
    action: &'a str,
}

#[derive(Serialize)]
struct ReadAs<'a> {
    question: &'a str,
    /// The "not sure" choice it counted as, that the sign it asks about
    /// could not be ruled out (rule U1), or that it names no trigger.
    read_as: &'static str,
}
