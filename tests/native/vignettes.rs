//! The patient vignettes of shared/spec/vignettes.md, each encoded as an
//! answers file under tests/vignettes/, must land inside their accepted range
//! and name the listed causes.

use crate::common::{level_from_id, spec_file, table_rows};
use knee_triage::engine::{triage, Answers};

fn vignette_file(id: &str) -> String {
    let path = format!("{}/tests/vignettes/{id}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The project's own cases (tests/vignettes/cases.md), with a sixth column:
/// the asked questions the file leaves out.
fn own_cases() -> String {
    let path = format!("{}/tests/vignettes/cases.md", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Checks every row of a table; returns the failures.
fn check_rows(rows: &[Vec<String>]) -> Vec<String> {
    let mut failures = Vec::new();
    for row in rows {
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
        let left_out: Vec<&str> = row
            .get(5)
            .map_or(Vec::new(), |c| c.split_whitespace().collect());
        if outcome.unanswered != left_out {
            failures.push(format!(
                "{id}: unanswered {:?}, expected {left_out:?}",
                outcome.unanswered
            ));
        }
    }
    failures
}

#[test]
fn every_vignette_lands_in_its_range_and_names_its_causes() {
    let rows = table_rows(&spec_file("vignettes.md"), |c| {
        crate::common::is_coverage_id("V", c)
    });
    assert!(
        rows.len() >= 18,
        "expected the vignette table, found {} rows",
        rows.len()
    );
    let failures = check_rows(&rows);
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn every_own_case_lands_in_its_range_and_names_its_causes() {
    let rows = table_rows(&own_cases(), |c| crate::common::is_coverage_id("P", c));
    assert!(
        rows.len() >= 20,
        "expected the own cases, found {}",
        rows.len()
    );
    let failures = check_rows(&rows);
    println!("{} own cases checked", rows.len());
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A swollen, painful, injured knee gets rest and a cold pack, not exercise,
/// heat or massage; a weak, wasting leg is never explained by "stress".
#[test]
fn the_advice_fits_the_hurt_knee_and_the_weak_leg() {
    let knee = triage(&Answers::from_json(&vignette_file("P12")).expect("P12"));
    assert!(
        knee.self_care.contains(&"H4-rest-cold"),
        "{:?}",
        knee.self_care
    );
    for banned in ["H3", "H4", "H6"] {
        assert!(
            !knee.self_care.contains(&banned),
            "{banned}: {:?}",
            knee.self_care
        );
    }
    let leg = triage(&Answers::from_json(&vignette_file("P14")).expect("P14"));
    let groups = leg.causes_grouped();
    assert!(groups.main.iter().all(|c| !c.everyday), "{:?}", groups.main);
    assert!(
        groups.also.iter().any(|c| c.cause == "C3"),
        "stress is still shown, apart"
    );
    assert!(groups.rare.iter().any(|c| c.cause == "C12"));
}

#[test]
fn every_vignette_file_belongs_to_a_row() {
    let spec = spec_file("vignettes.md");
    let own = own_cases();
    let dir = format!("{}/tests/vignettes", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(dir).expect("vignette folder") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        let Some(id) = name.strip_suffix(".json") else {
            continue;
        };
        assert!(
            spec.contains(&format!("| {id} |")) || own.contains(&format!("| {id} |")),
            "{name} has no row in vignettes.md or cases.md"
        );
    }
}

#[test]
fn emergency_vignettes_stop_after_the_emergency_check() {
    for id in ["V07", "V17", "P01", "P02", "P03", "P04"] {
        let answers = Answers::from_json(&vignette_file(id)).expect("valid");
        let asked = knee_triage::engine::asked_questions(&answers);
        assert_eq!(asked.len(), 1, "{id} asked {}", asked.len());
    }
}
