//! The patient vignettes of shared/spec/vignettes.md, each encoded as an
//! answers file under tests/vignettes/, must land inside their accepted range
//! and name the listed causes.

mod common;

use common::{level_from_id, spec_file, table_rows};
use knee_triage::engine::{triage, Answers};

fn vignette_file(id: &str) -> String {
    let path = format!("{}/tests/vignettes/{id}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_vignette_lands_in_its_range_and_names_its_causes() {
    let rows = table_rows(&spec_file("vignettes.md"), |c| {
        common::is_coverage_id("V", c)
    });
    assert!(
        rows.len() >= 18,
        "expected the vignette table, found {} rows",
        rows.len()
    );
    let mut failures = Vec::new();
    for row in &rows {
        let (id, min, max, factors) = (
            &row[0],
            level_from_id(&row[2]),
            level_from_id(&row[3]),
            &row[4],
        );
        let answers =
            Answers::from_json(&vignette_file(id)).unwrap_or_else(|e| panic!("{id}: {e}"));
        let outcome = triage(&answers);
        if outcome.level < min {
            failures.push(format!(
                "{id}: UNDER-TRIAGE {:?} < {:?}",
                outcome.level, min
            ));
        }
        if outcome.level > max {
            failures.push(format!("{id}: over-triage {:?} > {:?}", outcome.level, max));
        }
        for factor in factors.split_whitespace() {
            if !outcome.causes.iter().any(|c| c.cause == factor) {
                failures.push(format!(
                    "{id}: cause {factor} not named ({:?})",
                    outcome.causes.iter().map(|c| c.cause).collect::<Vec<_>>()
                ));
            }
        }
        assert!(
            outcome.unanswered.is_empty(),
            "{id}: unanswered {:?}",
            outcome.unanswered
        );
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_vignette_file_belongs_to_a_row() {
    let spec = spec_file("vignettes.md");
    let dir = format!("{}/tests/vignettes", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).expect("vignette folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let id = name.trim_end_matches(".json");
        assert!(
            spec.contains(&format!("| {id} |")),
            "{name} has no row in vignettes.md"
        );
    }
}

#[test]
fn emergency_vignettes_stop_after_the_emergency_check() {
    for id in ["V07", "V17"] {
        let answers = Answers::from_json(&vignette_file(id)).expect("valid");
        let asked = knee_triage::engine::asked_questions(&answers);
        assert_eq!(asked.len(), 1, "{id} asked {}", asked.len());
    }
}
