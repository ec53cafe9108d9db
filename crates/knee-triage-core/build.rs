//! Compiles the text catalogs into compact tables.
//!
//! Adding a language is one new file in `src/knowledge/locales/`, named by
//! its language tag (e.g. `fr.txt`). Every file is checked here, so a
//! malformed line fails the build with its file and line number. The tables
//! hold each key once, sorted, and one column of texts per language, which
//! keeps comments and repeated keys out of the wasm a visitor downloads;
//! each column is a single string with 16-bit end offsets.
//!
//! A file named by a language and a region (`en-GB.txt`, `es-ES.txt`) is an
//! overlay: only the keys whose wording differs there, looked up before the
//! base language for a visitor from that region. Overlays are few and
//! small, so each is a sorted list of (key index, text) rather than a
//! column: a column would cost 2 bytes for every key it does not change.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

#[path = "src/knowledge/catalog_file.rs"]
mod catalog_file;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/knowledge/locales");
    println!("cargo:rerun-if-changed={}", dir.display());
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("src/knowledge/locales exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    let is_lang = |t: &str| (2..=3).contains(&t.len()) && t.chars().all(|c| c.is_ascii_lowercase());
    let mut tags: Vec<String> = names.iter().filter(|t| is_lang(t)).cloned().collect();
    // Overlays: `xx-YY`, a base language and a two-letter region.
    let mut overlay_tags: Vec<String> = names
        .iter()
        .filter(|t| {
            t.split_once('-').is_some_and(|(lang, region)| {
                is_lang(lang) && region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase())
            })
        })
        .cloned()
        .collect();
    overlay_tags.sort();
    // A misnamed file (`en-gb.txt`, `english.txt`) would otherwise be
    // skipped without a word, and its wording never shown.
    for name in &names {
        assert!(
            tags.contains(name) || overlay_tags.contains(name),
            "src/knowledge/locales/{name}.txt: name a catalog by its language (`fr.txt`) or an overlay by its language and region (`fr-CA.txt`)"
        );
    }
    // English first: it is the fallback for any missing text.
    tags.sort_by_key(|t| (t != "en", t.clone()));
    assert!(
        tags.first().map(String::as_str) == Some("en"),
        "src/knowledge/locales/en.txt is required"
    );

    let read = |tag: &String| {
        let path = dir.join(format!("{tag}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    fn parse<'a>((src, tag): (&'a String, &String)) -> Vec<(&'a str, &'a str)> {
        catalog_file::parse(src).unwrap_or_else(|e| {
            panic!(
                "src/knowledge/locales/{tag}.txt line {}: {}",
                e.line, e.problem
            )
        })
    }
    let sources: Vec<String> = tags.iter().map(read).collect();
    let catalogs: Vec<Vec<(&str, &str)>> = sources.iter().zip(&tags).map(parse).collect();
    let overlay_sources: Vec<String> = overlay_tags.iter().map(read).collect();
    let overlays: Vec<Vec<(&str, &str)>> = overlay_sources
        .iter()
        .zip(&overlay_tags)
        .map(parse)
        .collect();
    // An overlay's key that its base lacks still gets a place in the
    // tables, so the catalog tests can name it instead of it vanishing.
    let keys: BTreeSet<&str> = catalogs
        .iter()
        .chain(&overlays)
        .flatten()
        .map(|(k, _)| *k)
        .collect();

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
    let mut list = Vec::new();
    for (tag, entries) in overlay_tags.iter().zip(&overlays) {
        let (lang, _) = tag.split_once('-').expect("an overlay tag has a region");
        let base = tags
            .iter()
            .position(|t| t == lang)
            .unwrap_or_else(|| panic!("src/knowledge/locales/{tag}.txt has no base {lang}.txt"));
        let mut pairs: Vec<(usize, &str)> = entries
            .iter()
            .map(|(k, t)| (keys.iter().position(|key| key == k).expect("a key"), *t))
            .collect();
        pairs.sort();
        let pairs: Vec<String> = pairs.iter().map(|(i, t)| format!("({i}, {t:?})")).collect();
        list.push(format!(
            "Overlay {{ tag: {tag:?}, base: Lang({base}), entries: &[{}] }}",
            pairs.join(", ")
        ));
    }
    writeln!(
        code,
        "/// The regional overlays, by tag: their base language and, sorted by key index, the texts that differ."
    )
    .unwrap();
    writeln!(code, "const OVERLAYS: &[Overlay] = &[{}];", list.join(", ")).unwrap();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogs.rs");
    std::fs::write(out, code).expect("write catalogs.rs");
}
