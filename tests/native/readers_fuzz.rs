//! The short pass of the fuzz benchmark (`cargo bench --bench fuzz` runs a
//! million inputs per reader): 20,000 generated inputs through each reader
//! a person can feed, with a fixed seed, and none may panic or be read
//! wrongly. The generators and the runner are shared with the benchmark
//! (`fuzz/mod.rs`). Inputs a run has found to break a reader stay here as
//! regression cases.

use crate::fuzz::{self, Reader};

const INPUTS: u64 = 20_000;
const SEED: u64 = 16;

/// Inputs that once broke a reader, or that sit at its limits, each fed to
/// the reader named.
fn regressions() -> Vec<(Reader, String)> {
    let answers = |inside: &str| {
        format!(r#"{{"format":"knee-triage-answers","version":2,"answers":{{{inside}}}}}"#)
    };
    let huge = "\\n💥,".repeat(5_000);
    vec![
        // Nesting deeper than the JSON reader allows is refused, not overflowed.
        (Reader::Answers, "[".repeat(100_000)),
        (
            Reader::Record,
            r#"{"format":"knee-triage-device","version":1,"diary":[{"at":"2026-02-29T10:00"}]}"#
                .into(),
        ),
        (
            Reader::Diary,
            r#"[{"at":"9999-12-31T23:59","minutes":1440,"strength":5,"side":"both","notes":"\ud800","triggers":[]}]"#
                .into(),
        ),
        (Reader::Attributes, "\u{0}<script>alert(1)</script>\u{202e}".into()),
        // Found by the first runs: an unknown question, choice or field was
        // echoed whole, line breaks and all, making a refusal of 20,000
        // characters; now it is cut to 40 without control characters.
        (Reader::Answers, answers(&format!(r#""{huge}":"none""#))),
        (Reader::Answers, answers(&format!(r#""stress":"l{huge}""#))),
        (
            Reader::Record,
            format!(
                r#"{{"format":"knee-triage-device","version":1,"answers":{}}}"#,
                answers(&format!(r#""medicines":["{huge}"]"#))
            ),
        ),
        (Reader::Diary, format!(r#"[{{"{huge}":1}}]"#)),
        // And a version that is not a number was echoed whole.
        (
            Reader::Answers,
            format!(r#"{{"format":"knee-triage-answers","version":"{huge}","answers":{{}}}}"#),
        ),
    ]
}

#[test]
fn the_panic_catcher_works_in_this_build() {
    assert!(fuzz::catcher_works());
}

#[test]
fn regression_cases_are_read_or_refused_clearly() {
    for (reader, text) in regressions() {
        let t = fuzz::check_text(reader, &text);
        assert_eq!(
            (t.panics, t.wrong, t.unclear),
            (0, 0, 0),
            "{}: {:?}",
            reader.name(),
            t.failures
        );
    }
}

#[test]
fn twenty_thousand_hostile_inputs_per_reader_and_no_panic() {
    let rows: Vec<_> = Reader::ALL
        .iter()
        .map(|&r| (r, fuzz::run(r, SEED, INPUTS)))
        .collect();
    println!(
        "seed {SEED}, {INPUTS} inputs per reader\n{}",
        fuzz::table(&rows)
    );
    for (reader, t) in &rows {
        for f in &t.failures {
            let m: String = f.message.chars().take(200).collect();
            println!("{} {}: {m}", reader.name(), f.kind);
        }
    }
    for (reader, t) in &rows {
        assert_eq!(t.inputs, INPUTS);
        assert!(
            t.panics == 0 && t.wrong == 0 && t.unclear == 0,
            "{}: {} panics, {} read wrongly, {} unclear messages; first: {:#?}",
            reader.name(),
            t.panics,
            t.wrong,
            t.unclear,
            t.failures
        );
        // The mix reaches both sides of every reader.
        assert!(t.read > 0 && t.refused > 0, "{}: {t:?}", reader.name());
    }
}
