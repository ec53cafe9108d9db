//! FHIR R4 export from the command line (docs/fhir.md).
//!
//!     cargo run --example fhir -- questionnaire > docs/fhir/questionnaire.json
//!     cargo run --example fhir -- response tests/vignettes/V05.json
//!     cat answers.json | cargo run --example fhir -- response - 2026-03-01T10:00:00Z
//!
//! `questionnaire` prints the Questionnaire; `response FILE [AUTHORED]` reads
//! an answers file (`-` for standard input) and prints its
//! QuestionnaireResponse, authored at AUTHORED (a FHIR dateTime; a fixed
//! default keeps the output reproducible). Bad usage or a bad answers file
//! exits 2 with a message; a file that cannot be read exits 1.

use std::io::Write;
use std::process::ExitCode;

#[path = "common/input.rs"]
mod input;
use input::read_input;

use knee_triage::engine::Answers;
use knee_triage::formats::fhir::{questionnaire, questionnaire_response};

const USAGE: &str = "usage: fhir questionnaire\n       fhir response FILE [AUTHORED]   (FILE may be - for standard input)";

/// Fixed rather than the current time, so repeated runs print the same file.
const DEFAULT_AUTHORED: &str = "2026-01-01T00:00:00Z";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let resource = match args.as_slice() {
        ["questionnaire"] => questionnaire(),
        ["response", file, rest @ ..] if rest.len() <= 1 => {
            let authored = rest.first().copied().unwrap_or(DEFAULT_AUTHORED);
            let input = match read_input(file) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(1);
                }
            };
            match Answers::from_json(&input) {
                Ok(answers) => questionnaire_response(&answers, authored),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let json = resource.to_pretty_string();
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{json}");
    ExitCode::SUCCESS
}
