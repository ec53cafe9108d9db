//! Every row of shared/spec/content-coverage.md is in the knowledge, reachable
//! from answers, and cited; and the knowledge names no id the spec lacks.

use crate::common::{is_coverage_id, satisfy, spec_file, table_rows};
use knee_triage::engine::{triage, triage_with_diary, Answers};
use knee_triage::knowledge::{
    question, Fits, Level, When, CAUSES, CLUES, DOCTOR_STEPS, LIFESTYLE_TRIGGER, QUESTIONS,
    REMEDIES, REST_THE_LEG, RULES, SOURCES,
};

fn spec_ids(prefix: &str) -> Vec<String> {
    table_rows(&spec_file("content-coverage.md"), |c| {
        is_coverage_id(prefix, c)
    })
    .into_iter()
    .map(|row| row[0].clone())
    .collect()
}

#[test]
fn the_spec_tables_are_read() {
    assert_eq!(spec_ids("C").len(), 13);
    assert_eq!(spec_ids("R").len(), 18);
    assert_eq!(spec_ids("H").len(), 11);
    assert_eq!(spec_ids("S").len(), 5);
}

#[test]
fn every_cause_is_known_and_every_known_cause_is_in_the_spec() {
    let spec = spec_ids("C");
    for id in &spec {
        assert!(
            CAUSES.iter().any(|c| c.id == id),
            "cause {id} missing from the knowledge"
        );
        assert!(
            CLUES.iter().any(|c| c.cause == id),
            "cause {id} has no clue, so no answer can point to it"
        );
    }
    for c in CAUSES {
        assert!(
            spec.iter().any(|s| s == c.id),
            "knowledge names cause {} that the spec lacks",
            c.id
        );
    }
    for clue in CLUES {
        assert!(
            CAUSES.iter().any(|c| c.id == clue.cause),
            "clue {} points to unknown cause {}",
            clue.id,
            clue.cause
        );
    }
}

#[test]
fn every_warning_sign_has_a_rule_and_every_rule_names_real_ids() {
    let signs = spec_ids("R");
    for id in &signs {
        assert!(
            RULES.iter().any(|r| r.covers.contains(&id.as_str())),
            "warning sign {id} has no rule"
        );
    }
    let causes = spec_ids("C");
    for rule in RULES {
        for id in rule.covers {
            let known = signs.iter().chain(&causes).any(|s| s == id)
                || ["EMERGENCY", "BASELINE", "MISSING"].contains(id);
            assert!(known, "rule {} covers unknown id {id}", rule.id);
        }
    }
}

#[test]
fn every_warning_sign_raises_the_level_above_self_care() {
    for id in spec_ids("R") {
        let top = RULES
            .iter()
            .filter(|r| r.covers.contains(&id.as_str()))
            .map(|r| r.level)
            .max();
        assert!(top > Some(Level::SelfCare), "{id} never raises the level");
    }
}

#[test]
fn every_remedy_is_known_and_fits_someone() {
    let spec = spec_ids("H");
    for id in &spec {
        assert!(
            REMEDIES.iter().any(|r| r.covers == id),
            "remedy {id} missing"
        );
    }
    for r in REMEDIES {
        assert!(
            spec.iter().any(|s| s == r.covers),
            "knowledge names remedy {} that the spec lacks",
            r.id
        );
        assert!(
            r.id == r.covers || r.id.starts_with(&format!("{}-", r.covers)),
            "remedy {} is named after {}",
            r.id,
            r.covers
        );
        if let Fits::Causes(ids) = r.fits {
            for c in ids {
                assert!(
                    CAUSES.iter().any(|k| k.id == *c),
                    "remedy {} fits unknown cause {c}",
                    r.id
                );
            }
        }
    }
}

#[test]
fn everything_cites_known_articles() {
    let known = |s: &str| SOURCES.iter().any(|k| k.id == s);
    let mut items: Vec<(&str, &[&str])> = Vec::new();
    items.extend(QUESTIONS.iter().map(|q| (q.id, q.sources)));
    items.extend(RULES.iter().map(|r| (r.id, r.sources)));
    items.extend(CAUSES.iter().map(|c| (c.id, c.sources)));
    items.extend(CLUES.iter().map(|c| (c.id, c.sources)));
    items.extend(REMEDIES.iter().map(|r| (r.id, r.sources)));
    items.extend(DOCTOR_STEPS.iter().map(|d| (d.id, d.sources)));
    for (id, sources) in items {
        assert!(!sources.is_empty(), "{id} cites no article");
        for s in sources {
            assert!(known(s), "{id} cites unknown source {s}");
        }
        // T0 (the emergency check) is not an article: it never stands alone
        // except for chest pain and breathing, which no article covers.
        let articles = sources.iter().filter(|s| s.starts_with('S')).count();
        assert!(
            articles > 0 || id.starts_with("E3") || id.starts_with("E4"),
            "{id} cites no article"
        );
    }
    for s in spec_ids("S") {
        assert!(known(&s), "article {s} is not in SOURCES");
    }
}

/// Each rule can be reached by answers, and when reached it sets at least its level.
#[test]
fn every_rule_fires_from_answers_and_sets_its_level() {
    for rule in RULES {
        let mut answers = crate::common::calm_answers();
        satisfy(&rule.when, &mut answers);
        let outcome = triage_with_diary(&answers, &crate::common::diary_for(&rule.when));
        assert!(
            outcome.reasons.iter().any(|r| r.rule == rule.id),
            "rule {} did not fire from {:?}",
            rule.id,
            answers
        );
        assert!(
            outcome.level >= rule.level,
            "rule {} fired but level is {:?}",
            rule.id,
            outcome.level
        );
    }
}

/// Each clue can be reached by answers, and then its cause is named.
#[test]
fn every_clue_names_its_cause_from_answers() {
    for clue in CLUES {
        let mut answers = Answers::new();
        satisfy(&clue.when, &mut answers);
        let outcome = triage(&answers);
        assert!(
            outcome
                .causes
                .iter()
                .any(|c| c.cause == clue.cause && c.clues.contains(&clue.id)),
            "clue {} did not name {}",
            clue.id,
            clue.cause
        );
    }
}

/// Each remedy is shown for at least one reachable outcome: the answers its
/// `fits` names, with a visit advised when the remedy is itself a visit;
/// and each doctor step whenever a visit is advised for a cause it fits.
#[test]
fn every_remedy_and_doctor_step_is_shown_when_it_fits() {
    for r in REMEDIES {
        let mut tries: Vec<Answers> = Vec::new();
        match &r.fits {
            Fits::Everyone => tries.push(Answers::new()),
            Fits::Causes(ids) => {
                for clue in CLUES.iter().filter(|c| ids.contains(&c.cause)) {
                    let mut answers = Answers::new();
                    satisfy(&clue.when, &mut answers);
                    tries.push(answers);
                }
            }
            Fits::Answers(when) => {
                let mut answers = Answers::new();
                satisfy(when, &mut answers);
                tries.push(answers);
            }
        }
        let shown_somewhere = tries.into_iter().any(|mut answers| {
            if !r.see_doctor.is_empty() {
                crate::common::pick(&mut answers, "duration", "over_2_weeks");
            }
            triage(&answers).self_care.contains(&r.id)
        });
        assert!(shown_somewhere, "{} is never shown where it fits", r.id);
    }
    for step in DOCTOR_STEPS {
        let mut answers = Answers::new();
        let clue = CLUES
            .iter()
            .find(|c| step.only_for.is_empty() || step.only_for.contains(&c.cause))
            .expect("a clue for the step");
        satisfy(&clue.when, &mut answers);
        // Ask for a visit: a lasting twitch always needs one.
        crate::common::pick(&mut answers, "duration", "over_2_weeks");
        let outcome = triage(&answers);
        assert!(
            outcome.doctor_steps.contains(&step.id),
            "{} not shown",
            step.id
        );
    }
}

/// Every question and choice id named anywhere in the knowledge exists: each
/// leaf of every branch of every condition, not only the first, so a
/// misspelt id in a second branch cannot silently never fire.
#[test]
fn every_id_in_every_condition_exists() {
    let mut conditions: Vec<(String, &When)> = Vec::new();
    for q in QUESTIONS {
        conditions.push((format!("question {} asked when", q.id), &q.asked_when));
    }
    for r in RULES {
        conditions.push((format!("rule {}", r.id), &r.when));
    }
    for c in CLUES {
        conditions.push((format!("clue {}", c.id), &c.when));
    }
    for c in CAUSES {
        for s in c.see_doctor {
            conditions.push((format!("cause {} see a doctor", c.id), &s.when));
        }
    }
    for r in REMEDIES {
        if let Fits::Answers(when) = &r.fits {
            conditions.push((format!("remedy {} fits", r.id), when));
        }
        if let Some(when) = &r.not_with {
            conditions.push((format!("remedy {} not with", r.id), when));
        }
        for s in r.see_doctor {
            conditions.push((format!("remedy {} see a doctor", r.id), &s.when));
        }
    }
    conditions.push(("LIFESTYLE_TRIGGER".into(), &LIFESTYLE_TRIGGER));
    conditions.push(("REST_THE_LEG".into(), &REST_THE_LEG));
    let mut checked = 0;
    for (name, when) in conditions {
        let mut leaves = Vec::new();
        when.leaves(&mut leaves);
        for (q, c) in leaves {
            let known = question(q).unwrap_or_else(|| panic!("{name}: no question {q}"));
            if let Some(c) = c {
                assert!(
                    known.choices.iter().any(|k| k.id == c),
                    "{name}: question {q} has no choice {c}"
                );
            }
            checked += 1;
        }
    }
    // Every question's "not sure" reading is one of its own choices.
    for q in QUESTIONS {
        if let Some(c) = q.if_missing {
            assert!(
                q.choices.iter().any(|k| k.id == c),
                "{}: if_missing {c}",
                q.id
            );
        }
    }
    println!("checked {checked} ids in the knowledge's conditions");
    assert!(
        checked > 100,
        "only {checked} leaves: the walk misses conditions"
    );
}

/// The leaf walk itself finds a misspelt id in a later branch.
#[test]
fn the_id_walk_sees_every_branch() {
    const MISSPELT: When = When::Any(&[
        When::Picked("duration", "days_0_3"),
        When::All(&[
            When::Not(&When::Picked("trend", "worse")),
            When::Picked("sleep", "enuogh"),
        ]),
    ]);
    let mut leaves = Vec::new();
    MISSPELT.leaves(&mut leaves);
    assert!(leaves.contains(&("sleep", Some("enuogh"))), "{leaves:?}");
    assert!(leaves.contains(&("trend", Some("worse"))), "{leaves:?}");
}

#[test]
fn rare_causes_are_never_named_from_twitching_alone() {
    let mut answers = Answers::new();
    for q in QUESTIONS {
        if let Some(none) = q.choices.iter().find(|c| c.id == "none") {
            crate::common::pick(&mut answers, q.id, none.id);
        }
    }
    crate::common::pick(&mut answers, "duration", "over_2_weeks");
    crate::common::pick(&mut answers, "location", "other_body");
    crate::common::pick(&mut answers, "trend", "worse");
    let outcome = triage(&answers);
    assert!(
        outcome.causes.iter().all(|c| !c.rare),
        "{:?}",
        outcome.causes
    );
}

/// The format document lists every question and choice id, so it stays true.
#[test]
fn the_answers_format_document_names_every_id() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/answers-format.md"
    ))
    .expect("docs/answers-format.md");
    for q in QUESTIONS {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", q.id)))
            .unwrap_or_else(|| panic!("question {} is not documented", q.id));
        for c in q.choices {
            assert!(
                row.contains(&format!("`{}`", c.id)),
                "choice {}.{} is not documented",
                q.id,
                c.id
            );
        }
    }
}
