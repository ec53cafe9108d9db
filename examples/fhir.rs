//! FHIR R4 export from the command line (docs/fhir.md).
//!
//!     cargo run --example fhir -- questionnaire > docs/fhir/questionnaire.json
//!     cargo run --example fhir -- response tests/vignettes/V05.json
//!     cat answers.json | cargo run --example fhir -- response - 2026-03-01T10:00:00Z
//!     cargo run --example fhir -- cases --random 1000 --seed 17 tests/vignettes
//!
//! `questionnaire` prints the Questionnaire; `response FILE [AUTHORED]` reads
//! an answers file (`-` for standard input) and prints its
//! QuestionnaireResponse, authored at AUTHORED (a FHIR dateTime; a fixed
//! default keeps the output reproducible). `cases` prints, as one JSON array,
//! `{ "name", "level", "response" }` for every answers file in the folders
//! named and for N random answer sets from SEED (`common/random_answers.rs`):
//! the cases on which `tests/fhir/` checks that FHIRPath and LHC-Forms give
//! the engine's level. Bad usage or a bad answers file exits 2 with a
//! message; a file that cannot be read exits 1.

use std::io::Write;
use std::process::ExitCode;

#[path = "common/input.rs"]
mod input;
use input::read_input;
#[path = "common/random_answers.rs"]
mod random_answers;
// Not every pick the fuzzing uses is needed here.
#[allow(dead_code)]
#[path = "../tests/native/fuzz/rng.rs"]
mod rng;
use random_answers::{random_answers, Rng};

use knee_triage::engine::{triage, Answers};
use knee_triage::formats::fhir::{questionnaire, questionnaire_response};
use knee_triage::formats::json::{Map, Value};

const USAGE: &str = "usage: fhir questionnaire\n       fhir response FILE [AUTHORED]   (FILE may be - for standard input)\n       fhir cases [--random N] [--seed S] [DIR ...]";

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
                Ok(answers) => questionnaire_response(&answers, &triage(&answers), authored),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        ["cases", rest @ ..] => match cases(rest) {
            Ok(cases) => cases,
            Err((code, e)) => {
                eprintln!("error: {e}");
                return ExitCode::from(code);
            }
        },
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

/// One case for the cross-checks: its name, the engine's level, and the
/// response the widget exports for it.
fn case(name: String, answers: &Answers) -> Value {
    let outcome = triage(answers);
    let mut case = Map::new();
    case.insert("name".into(), name.into());
    case.insert("level".into(), outcome.level.id().into());
    case.insert(
        "response".into(),
        questionnaire_response(answers, &outcome, DEFAULT_AUTHORED),
    );
    Value::Object(case)
}

/// `cases [--random N] [--seed S] [DIR ...]`: the answers files of each
/// folder (sorted by name), then N random sets. The error carries the exit
/// code: 2 for bad usage or a bad file, 1 for a file that cannot be read.
fn cases(args: &[&str]) -> Result<Value, (u8, String)> {
    let (mut random, mut seed, mut dirs) = (0usize, 17u64, Vec::new());
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut number = |what: &str| -> Result<u64, (u8, String)> {
            args.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| (2, format!("{what} needs a whole number\n{USAGE}")))
        };
        match *arg {
            "--random" => random = number("--random")? as usize,
            "--seed" => seed = number("--seed")?,
            dir => dirs.push(dir),
        }
    }
    let mut all = Vec::new();
    for dir in dirs {
        let entries = std::fs::read_dir(dir).map_err(|e| (1, format!("cannot read {dir}: {e}")))?;
        let mut files: Vec<std::path::PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for path in files {
            let shown = path.display().to_string();
            let text = read_input(&shown).map_err(|e| (1, e))?;
            let answers = Answers::from_json(&text).map_err(|e| (2, format!("{shown}: {e}")))?;
            let name = path
                .file_stem()
                .map_or(shown.clone(), |s| s.to_string_lossy().into_owned());
            all.push(case(name, &answers));
        }
    }
    let mut rng = Rng::new(seed);
    for n in 0..random {
        all.push(case(
            format!("random-{seed}-{n}"),
            &random_answers(&mut rng),
        ));
    }
    Ok(all.into())
}
