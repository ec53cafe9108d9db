//! Compiles the text catalogs into compact tables.
//!
//! Adding a language is one new file in `src/knowledge/locales/`, named by
//! its language tag (e.g. `fr.txt`). Every file is checked here, so a
//! malformed line fails the build with its file and line number. The tables
//! hold each key once, sorted, and one column of texts per language, which
//! keeps comments and repeated keys out of the wasm a visitor downloads;
//! each column is a single string with 16-bit end offsets.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

#[path = "src/knowledge/catalog_file.rs"]
mod catalog_file;

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
        "src/knowledge/locales/en.txt is required"
    );

    let sources: Vec<String> = tags
        .iter()
        .map(|tag| {
            let path = dir.join(format!("{tag}.txt"));
            println!("cargo:rerun-if-changed={}", path.display());
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect();
    let catalogs: Vec<Vec<(&str, &str)>> = sources
        .iter()
        .zip(&tags)
        .map(|(src, tag)| {
            catalog_file::parse(src).unwrap_or_else(|e| {
                panic!(
                    "src/knowledge/locales/{tag}.txt line {}: {}",
                    e.line, e.problem
                )
            })
        })
        .collect();
    let keys: BTreeSet<&str> = catalogs.iter().flatten().map(|(k, _)| *k).collect();

    // Each table is one string plus the end offset of every entry: a
    // visitor downloads 2 bytes per entry instead of an 8-byte pointer and
    // length, and the texts sit together where gzip finds their repeats.
    let mut code = String::new();
    let mut blob = |name: &str, doc: &str, parts: Vec<&str>| {
        let joined: String = parts.concat();
        let mut end = 0usize;
        let ends: Vec<String> = parts
            .iter()
            .map(|p| {
                end += p.len();
                end.to_string()
            })
            .collect();
        assert!(
            end <= usize::from(u16::MAX),
            "{name} holds {end} bytes, more than u16 offsets reach: widen the offsets in build.rs and catalog.rs"
        );
        writeln!(code, "/// {doc}").unwrap();
        writeln!(
            code,
            "const {name}: Table = Table {{ text: {joined:?}, ends: &[{}] }};",
            ends.join(",")
        )
        .unwrap();
    };
    blob(
        "KEYS",
        "Every key of every catalog, sorted.",
        keys.iter().copied().collect(),
    );
    let mut langs = Vec::new();
    for (i, (tag, entries)) in tags.iter().zip(&catalogs).enumerate() {
        let texts = keys
            .iter()
            .map(|key| {
                entries
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or("", |(_, t)| t)
            })
            .collect();
        blob(
            &format!("TEXTS_{i}"),
            &format!("The {tag} text of each key (\"\" if none)."),
            texts,
        );
        langs.push(format!("({tag:?}, TEXTS_{i})"));
    }
    writeln!(
        code,
        "/// Per language, English first: its tag and its texts."
    )
    .unwrap();
    writeln!(
        code,
        "const LANGUAGES: &[(&str, Table)] = &[{}];",
        langs.join(", ")
    )
    .unwrap();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogs.rs");
    std::fs::write(out, code).expect("write catalogs.rs");
}
