//! A million hostile inputs through each reader a person can feed (issue
//! 16): the answers file, the device record, the diary and the element's
//! attributes. A benchmark that reports, not a test that times:
//!
//! ```sh
//! cargo bench --bench fuzz [-- --inputs N --seed S --report PATH]
//! ```
//!
//! N defaults to 1,000,000 per reader and S to 16. It prints a table per
//! reader (inputs, read, refused, panics, read wrongly, unclear messages,
//! round trips checked, inputs/s) and writes `bench/fuzz-report.json` (the
//! date, seed, counts and the first failing inputs, escaped, with their
//! panic messages). Wrong reads and unclear messages are printed loudly; the
//! exit code is non-zero only when a reader panicked, so a script notices.
//!
//! The generators and the runner are `tests/native/fuzz/mod.rs`, the one
//! copy that the native tests' short pass (`readers_fuzz.rs`) uses too.

#[path = "../tests/native/fuzz/mod.rs"]
mod fuzz;

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use fuzz::{Reader, Tally};
use knee_triage::formats::diary::date_of_day_number;
use serde_json::json;

fn main() {
    let mut inputs: u64 = 1_000_000;
    let mut seed: u64 = 16;
    let mut report = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/fuzz-report.json").to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_default();
        match arg.as_str() {
            "--inputs" => inputs = value().replace('_', "").parse().expect("--inputs N"),
            "--seed" => seed = value().parse().expect("--seed S"),
            "--report" => report = value(),
            // `cargo bench` passes --bench to every bench binary.
            "--bench" => {}
            other => {
                eprintln!("unknown argument {other}; usage: --inputs N --seed S --report PATH");
                std::process::exit(2);
            }
        }
    }
    if !fuzz::catcher_works() {
        eprintln!("panics abort in this build, so they cannot be counted (panic = \"abort\"?)");
        std::process::exit(2);
    }
    println!("fuzzing every reader: {inputs} inputs each, seed {seed}");
    let start = Instant::now();
    let mut rows: Vec<(Reader, Tally)> = Vec::new();
    for reader in Reader::ALL {
        let t = fuzz::run(reader, seed, inputs);
        println!(
            "  {}: {} read, {} refused, {} panics in {:.1} s",
            reader.name(),
            t.read,
            t.refused,
            t.panics,
            t.elapsed.as_secs_f64()
        );
        rows.push((reader, t));
    }
    let total = start.elapsed();
    println!("\n{}", fuzz::table(&rows));
    println!("total {:.1} s", total.as_secs_f64());

    let doc = json!({
        "what": "cargo bench --bench fuzz: generated hostile inputs through each reader a person can feed (benches/fuzz.rs, tests/native/fuzz/mod.rs)",
        "date": today(),
        "seed": seed,
        "inputs_per_reader": inputs,
        "round_trip_every": fuzz::ROUND_TRIP_EVERY,
        "seconds": (total.as_secs_f64() * 10.0).round() / 10.0,
        "readers": rows.iter().map(|(r, t)| json!({
            "reader": r.name(),
            "inputs": t.inputs,
            "read": t.read,
            "refused": t.refused,
            "panics": t.panics,
            "read_wrongly": t.wrong,
            "unclear_messages": t.unclear,
            "round_trips_checked": t.round_trips,
            "longest_message_chars": t.longest_message,
            "seconds": (t.elapsed.as_secs_f64() * 10.0).round() / 10.0,
            "inputs_per_second": t.per_second().round(),
            "failures": t.failures.iter().map(|f| json!({
                "kind": f.kind, "input": f.input, "message": f.message,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&doc).expect("a report") + "\n";
    match std::fs::write(&report, text) {
        Ok(()) => println!("report: {report}"),
        Err(e) => eprintln!("cannot write {report}: {e}"),
    }

    let panics: u64 = rows.iter().map(|(_, t)| t.panics).sum();
    let other: u64 = rows.iter().map(|(_, t)| t.wrong + t.unclear).sum();
    for (reader, t) in &rows {
        for f in &t.failures {
            println!(
                "!! {} {}: {}\n   input: {}",
                reader.name(),
                f.kind,
                f.message,
                f.input
            );
        }
    }
    if panics > 0 {
        println!("\n!!!!!!!! {panics} PANICS: a reader panicked on input (see above and the report) !!!!!!!!");
        std::process::exit(1);
    }
    if other > 0 {
        println!(
            "\n!!!!!!!! {other} inputs read wrongly or refused unclearly (see above) !!!!!!!!"
        );
    } else {
        println!("0 panics, 0 read wrongly, 0 unclear messages");
    }
}

/// Today's date (UTC) as YYYY-MM-DD, by the diary's own calendar
/// (`date_of_day_number`, days since 1970).
fn today() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i32::try_from(secs / 86_400).unwrap_or(0);
    match date_of_day_number(days) {
        Some((year, month, day)) => format!("{year:04}-{month:02}-{day:02}"),
        None => String::from("unknown"),
    }
}
