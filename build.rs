//! Finds the text catalogs, so that adding a language is one new file in
//! `src/knowledge/locales/` (named by its language tag, e.g. `fr.txt`).

use std::fmt::Write;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/knowledge/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .expect("src/knowledge/locales exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let tag = name.strip_suffix(".txt")?.to_string();
            let valid = (2..=3).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_lowercase());
            valid.then_some(tag)
        })
        .collect();
    // English first: it is the fallback for any missing text.
    tags.sort_by_key(|t| (t != "en", t.clone()));
    assert!(
        tags.first().map(String::as_str) == Some("en"),
        "en.txt is required"
    );
    let mut code = String::from("/// Every catalog file, English first.\npub(super) const CATALOG_FILES: &[(&str, &str)] = &[\n");
    for tag in &tags {
        let path = dir.join(format!("{tag}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    ({tag:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(out, code).expect("write locales.rs");
}
