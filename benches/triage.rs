//! Reports how long one triage takes natively (not a test: it never fails).
//!
//! Run with `cargo bench --bench triage`. Each vignette is evaluated many
//! times and the median per-evaluation time is printed in microseconds.

use std::hint::black_box;
use std::time::Instant;

use knee_triage::engine::{triage, Answers};

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vignettes");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let cases: Vec<(String, Answers)> = files
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let answers = Answers::from_json(&text).ok()?;
            Some((p.file_stem()?.to_string_lossy().into_owned(), answers))
        })
        .collect();
    if cases.is_empty() {
        eprintln!("no vignettes found in {dir}");
        std::process::exit(1);
    }
    const ROUNDS: usize = 31;
    const PER_ROUND: u32 = 2_000;
    // Warm caches and the CPU's clock first, so the first case measured does
    // not pay for it.
    for (_, answers) in &cases {
        for _ in 0..PER_ROUND {
            black_box(triage(black_box(answers)));
        }
    }
    let mut all = Vec::new();
    for (name, answers) in &cases {
        let mut rounds: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..PER_ROUND {
                    black_box(triage(black_box(answers)));
                }
                start.elapsed().as_secs_f64() * 1e6 / f64::from(PER_ROUND)
            })
            .collect();
        rounds.sort_by(f64::total_cmp);
        let median = rounds[ROUNDS / 2];
        all.push(median);
        // The fastest round is the cost without the shared machine's noise.
        println!(
            "{name}: {median:.2} µs per triage (median of {ROUNDS} rounds; fastest round {:.2} µs)",
            rounds[0]
        );
    }
    all.sort_by(f64::total_cmp);
    println!(
        "all vignettes: median {:.2} µs, slowest {:.2} µs per triage",
        all[all.len() / 2],
        all[all.len() - 1]
    );
}
