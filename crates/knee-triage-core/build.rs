//! Compiles the text catalogs into a table of keys and one language file
//! per language.
//!
//! Adding a language is one new file in `src/knowledge/locales/`, named by
//! its language tag (e.g. `fr.txt`). Every file is checked here, so a
//! malformed line fails the build with its file and line number. The wasm
//! holds each key once, sorted, as a single string with 16-bit end
//! offsets, and each language's name; the texts go to one language file
//! per language (`language_file.rs`: a line per key, in the keys' order),
//! which keeps comments and repeated keys out of what a visitor downloads.
//! The wasm a visitor downloads fetches only the file of the language it
//! shows; with the `bundled-text` feature (native builds, the tests, the
//! codegen) every file is compiled in.
//!
//! A file named by a language and a region (`en-GB.txt`, `es-ES.txt`) is an
//! overlay: only the keys whose wording differs there, looked up before the
//! base language for a visitor from that region. Overlays are few and
//! small, so each is a sorted list of key indices in the wasm, and their
//! texts ride along in the base language's file after its own lines: a
//! whole column would cost a line for every key it does not change.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

#[path = "src/knowledge/catalog_file.rs"]
mod catalog_file;
#[path = "src/knowledge/language_file.rs"]
#[allow(dead_code)]
mod language_file;

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

    // The keys are one string plus the end offset of every key: a visitor
    // downloads 2 bytes per key instead of an 8-byte pointer and length.
    let mut code = String::new();
    let joined: String = keys.iter().copied().collect();
    let mut end = 0usize;
    let ends: Vec<String> = keys
        .iter()
        .map(|k| {
            end += k.len();
            end.to_string()
        })
        .collect();
    assert!(
        end <= usize::from(u16::MAX),
        "the keys hold {end} bytes, more than u16 offsets reach: widen the offsets in build.rs and catalog.rs"
    );
    writeln!(code, "/// Every key of every catalog, sorted.").unwrap();
    writeln!(
        code,
        "const KEYS: Table = Table {{ text: {joined:?}, ends: &[{}] }};",
        ends.join(",")
    )
    .unwrap();

    // The overlays: their tag, base language, and the keys they word
    // differently, sorted by index; their texts are in the base language's
    // file, after its own lines, from `start` on.
    let mut overlay_keys: Vec<(usize, Vec<(u16, &str)>)> = Vec::new();
    let mut list = Vec::new();
    let mut next_start = vec![0usize; tags.len()];
    for (tag, entries) in overlay_tags.iter().zip(&overlays) {
        let (lang, _) = tag.split_once('-').expect("an overlay tag has a region");
        let base = tags
            .iter()
            .position(|t| t == lang)
            .unwrap_or_else(|| panic!("src/knowledge/locales/{tag}.txt has no base {lang}.txt"));
        let mut pairs: Vec<(u16, &str)> = entries
            .iter()
            .map(|(k, t)| {
                let i = keys.iter().position(|key| key == k).expect("a key");
                (u16::try_from(i).expect("fewer than 65536 keys"), *t)
            })
            .collect();
        pairs.sort();
        let indices: Vec<String> = pairs.iter().map(|(i, _)| i.to_string()).collect();
        list.push(format!(
            "Overlay {{ tag: {tag:?}, base: Lang({base}), start: {}, keys: &[{}] }}",
            next_start[base],
            indices.join(", ")
        ));
        next_start[base] += pairs.len();
        overlay_keys.push((base, pairs));
    }
    writeln!(
        code,
        "/// The regional overlays, by tag: their base language, where their texts start in its file after the keys' lines, and the keys they word differently, sorted."
    )
    .unwrap();
    writeln!(code, "const OVERLAYS: &[Overlay] = &[{}];", list.join(", ")).unwrap();

    // Per language, English first: its tag and its own name, which the
    // language switch shows before that language's text is downloaded.
    let names: Vec<String> = tags
        .iter()
        .zip(&catalogs)
        .map(|(tag, entries)| {
            let name = entries
                .iter()
                .find(|(k, _)| *k == "ui.language.name")
                .map(|(_, t)| *t)
                .unwrap_or_else(|| {
                    panic!("src/knowledge/locales/{tag}.txt has no ui.language.name")
                });
            format!("({tag:?}, {name:?})")
        })
        .collect();
    writeln!(
        code,
        "/// Per language, English first: its tag and its name in itself."
    )
    .unwrap();
    writeln!(
        code,
        "const LANGUAGES: &[(&str, &str)] = &[{}];",
        names.join(", ")
    )
    .unwrap();

    // The language files (`language_file.rs`), written here for the
    // `bundled-text` feature to compile in and the codegen to ship.
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    let mut bundled = Vec::new();
    for (i, (tag, entries)) in tags.iter().zip(&catalogs).enumerate() {
        let mine: Vec<(&str, Vec<u16>, Vec<&str>)> = overlay_tags
            .iter()
            .zip(&overlay_keys)
            .filter(|(_, (base, _))| *base == i)
            .map(|(t, (_, pairs))| {
                let indices = pairs.iter().map(|(k, _)| *k).collect();
                (t.as_str(), indices, pairs.iter().map(|(_, t)| *t).collect())
            })
            .collect();
        let fingerprint = language_file::fingerprint(
            keys.iter().copied(),
            tag,
            mine.iter().map(|(t, indices, _)| (*t, indices.as_slice())),
        );
        let mut file = language_file::header(tag, fingerprint);
        let lines = keys
            .iter()
            .map(|key| {
                entries
                    .iter()
                    .find(|(k, _)| k == key)
                    .map_or("", |(_, t)| t)
            })
            .chain(mine.iter().flat_map(|(_, _, texts)| texts.iter().copied()));
        for line in lines {
            assert!(
                !line.contains(['\n', '\r']),
                "a catalog text of {tag} holds a line end"
            );
            file.push_str(line);
            file.push('\n');
        }
        let path = out.join(format!("{tag}.txt"));
        std::fs::write(&path, file).expect("write a language file");
        bundled.push(format!("include_str!({:?})", path.display().to_string()));
    }
    writeln!(
        code,
        "/// Every language's file, in the order of `LANGUAGES`."
    )
    .unwrap();
    writeln!(code, "#[cfg(any(test, feature = \"bundled-text\"))]").unwrap();
    writeln!(code, "const BUNDLED: &[&str] = &[{}];", bundled.join(", ")).unwrap();
    std::fs::write(out.join("catalogs.rs"), code).expect("write catalogs.rs");
}
