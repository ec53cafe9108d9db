//! Text catalogs: every word a person reads, one file per language.
//!
//! A catalog is a plain `key = text` file in `locales/` so translators and
//! clinicians can edit it without touching Rust. Keys for medical content are
//! derived from knowledge ids (`cause.C1.name`, `rule.R4-weakness.why`), so a
//! new rule or remedy only needs its lines here. Adding a language is one
//! more file in `locales/`; `build.rs` compiles the files into the tables
//! and language files below and fails the build on a malformed line.
//!
//! Some wording differs between countries that share a language: a visitor
//! in England calls the GP surgery and goes to A&E, one in the US calls the
//! doctor's office and goes to the emergency room, and "GP surgery" beside
//! 911 is simply wrong. Those few keys live in overlays (`en-GB.txt`,
//! `en-US.txt`, `es-ES.txt`), looked up first for a visitor from that
//! region (see [`Wording`]); the base catalog says what works anywhere
//! ("your doctor or clinic", "the emergency department"), which is what a
//! visitor from any other region, or of unknown region, reads.
//!
//! The texts themselves travel in one language file per language
//! (`language_file.rs`, written by `build.rs`). The wasm a visitor
//! downloads holds only the keys, the languages' tags and names, and which
//! keys each overlay changes: the loader fetches the file of the language
//! shown and hands it to [`install_language`], and a language picked later
//! is fetched then. With the `bundled-text` feature (native builds, the
//! tests, the codegen) every file is compiled in and installed on first use.

use std::sync::OnceLock;

use crate::knowledge::emergency::default_emergency_number;
use crate::knowledge::language_file;
pub use crate::knowledge::language_file::LanguageFileProblem;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// The sorted keys: laid end to end in `text`, key `i` ending at byte
/// `ends[i]`.
#[derive(Clone, Copy, Debug)]
struct Table {
    text: &'static str,
    ends: &'static [u16],
}

impl Table {
    fn len(self) -> usize {
        self.ends.len()
    }

    /// Entry `i`; "" if out of range (the tables are generated together,
    /// so this only guards against a bug, never panics).
    fn entry(self, i: usize) -> &'static str {
        let start = match i.checked_sub(1) {
            Some(before) => self.ends.get(before).copied(),
            None => Some(0),
        };
        let end = self.ends.get(i).copied();
        match (start, end) {
            (Some(s), Some(e)) => self.text.get(usize::from(s)..usize::from(e)).unwrap_or(""),
            _ => "",
        }
    }
}

/// A language the widget speaks: one of the catalog files, by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// English, the fallback for any missing text.
    pub const EN: Lang = Lang(0);

    /// Every language that has a catalog, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(|i| Lang(i as u8))
    }

    /// The BCP 47 tag, as used by the `lang` attribute.
    pub fn tag(self) -> &'static str {
        LANGUAGES.get(self.0 as usize).map_or("en", |(tag, _)| tag)
    }

    /// The language's name in itself ("Español"), its `ui.language.name`:
    /// kept in the wasm, so the language switch can offer a language whose
    /// text is not downloaded yet.
    pub fn name(self) -> &'static str {
        LANGUAGES
            .get(self.0 as usize)
            .map_or("English", |(_, name)| name)
    }

    /// Picks a language from a tag such as `en-GB`; `None` for one we lack.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        Lang::all().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The overlays of this language, in the order of their tags.
    fn overlays(self) -> impl Iterator<Item = &'static Overlay> {
        OVERLAYS.iter().filter(move |o| o.base == self)
    }

    /// The fingerprint of this language's file layout (`language_file.rs`).
    fn fingerprint(self) -> u64 {
        language_file::fingerprint(
            (0..KEYS.len()).map(|i| KEYS.entry(i)),
            self.tag(),
            self.overlays().map(|o| (o.tag, o.keys)),
        )
    }

    /// How many lines this language's file has after its header.
    fn lines(self) -> usize {
        KEYS.len() + self.overlays().map(|o| o.keys.len()).sum::<usize>()
    }
}

/// Where a key sits in the tables, by binary search of the sorted keys.
fn key_index(key: &str) -> Option<usize> {
    let (mut low, mut high) = (0, KEYS.len());
    while low < high {
        let mid = low + (high - low) / 2;
        match KEYS.entry(mid).cmp(key) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return Some(mid),
        }
    }
    None
}

/// The lines of each installed language's file (after its header): the
/// text of key `i` at `i`, then its overlays' texts. Set once per language
/// and kept for the life of the page; a language file is never replaced,
/// so a `&'static str` handed out stays right.
static INSTALLED: [OnceLock<&'static [&'static str]>; LANGUAGES.len()] =
    [const { OnceLock::new() }; LANGUAGES.len()];

/// The lines of a language, if its text is installed (with `bundled-text`,
/// and in this crate's own tests, installed from the compiled-in file on
/// first use).
fn lines(lang: Lang) -> Option<&'static [&'static str]> {
    let slot = INSTALLED.get(usize::from(lang.0))?;
    #[cfg(any(test, feature = "bundled-text"))]
    if slot.get().is_none() {
        if let Some(file) = BUNDLED.get(usize::from(lang.0)) {
            // Written by build.rs for this very layout; the tests prove
            // every one installs, so the error is never seen.
            let _ = install_language(file);
        }
    }
    slot.get().copied()
}

/// Checks a language file and installs its text, once per language: the
/// lookups of that language then find it. Returns the language it holds.
/// A file that is not exactly of this build's layout is refused with the
/// reason, and nothing of it is kept; a language already installed keeps
/// the text it has (the file is still checked).
pub fn install_language(file: &str) -> Result<Lang, LanguageFileProblem> {
    let (head, body) = file
        .split_once('\n')
        .ok_or(LanguageFileProblem::NotALanguageFile)?;
    let (tag, fingerprint) = language_file::parse_header(head)?;
    let lang = Lang::all().find(|l| l.tag() == tag).ok_or_else(|| {
        LanguageFileProblem::UnknownLanguage(
            tag.chars().filter(|c| !c.is_control()).take(20).collect(),
        )
    })?;
    let tag = lang.tag();
    if fingerprint != lang.fingerprint() {
        return Err(LanguageFileProblem::OtherBuild { tag });
    }
    let expected = lang.lines();
    // Every line ends with `\n`: a piece after the last one is a line cut off.
    let complete = body.bytes().filter(|&b| b == b'\n').count();
    let partial = usize::from(!body.is_empty() && !body.ends_with('\n'));
    if complete < expected {
        return Err(LanguageFileProblem::Truncated {
            tag,
            expected,
            found: complete,
        });
    }
    if complete + partial > expected {
        return Err(LanguageFileProblem::TooLong {
            tag,
            expected,
            found: complete + partial,
        });
    }
    if let Some(slot) = INSTALLED.get(usize::from(lang.0)) {
        slot.get_or_init(|| {
            // Leaked on purpose: once per language for the life of the
            // page, so every text can be handed out as `&'static str`.
            let text: &'static str = Box::leak(body.to_owned().into_boxed_str());
            Box::leak(text.split_terminator('\n').collect::<Box<[&str]>>())
        });
    }
    Ok(lang)
}

/// Whether a language's text is installed, so that it can be shown. With
/// `bundled-text`, every language is.
pub fn is_installed(lang: Lang) -> bool {
    lines(lang).is_some()
}

/// A language's file, as the loader fetches it (`core/text/<tag>.txt`):
/// written by the codegen into the build.
#[cfg(any(test, feature = "bundled-text"))]
pub fn language_file(lang: Lang) -> String {
    BUNDLED
        .get(usize::from(lang.0))
        .copied()
        .unwrap_or_default()
        .to_string()
}

/// The texts of one language.
#[derive(Clone, Copy, Debug)]
pub struct Catalog {
    /// Empty while the language is not installed.
    lines: &'static [&'static str],
}

impl Catalog {
    /// The text for a key, if this catalog has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        key_index(key)
            .and_then(|i| self.lines.get(i).copied())
            .filter(|t| !t.is_empty())
    }

    /// Every key this catalog has text for.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        let lines = self.lines;
        (0..KEYS.len())
            .filter(move |&i| lines.get(i).is_some_and(|t| !t.is_empty()))
            .map(|i| KEYS.entry(i))
    }
}

/// The catalog of a language; empty (every lookup falls through) while its
/// text is not installed.
pub fn catalog(lang: Lang) -> Catalog {
    Catalog {
        lines: lines(lang).unwrap_or(&[]),
    }
}

/// The text for a key in a language, falling back to English and then to the
/// key itself so that nothing is ever blank.
pub fn text(lang: Lang, key: &str) -> &str {
    Wording::new(lang, None).text(key)
}

/// An overlay file: the keys whose wording differs in one region, as
/// indices in [`KEYS`], sorted; their texts are lines of the base
/// language's file, from `KEYS.len() + start` on, in the same order.
#[derive(Debug)]
struct Overlay {
    tag: &'static str,
    base: Lang,
    start: u16,
    keys: &'static [u16],
}

impl Overlay {
    /// The text of the overlay's `at`-th key, if its language is installed.
    fn text(&self, at: usize) -> Option<&'static str> {
        let line = KEYS.len() + usize::from(self.start) + at;
        lines(self.base)?.get(line).copied()
    }
}

/// Regions that read the wording of another region's overlay: the Crown
/// dependencies have GP surgeries and A&E as Great Britain does, and Puerto
/// Rico doctor's offices and emergency rooms, with 911, as the US does. A
/// region not listed here, and with no overlay of its own, reads the base
/// catalog (Ireland, Australia, New Zealand and Canada among them: "your
/// doctor or clinic" and "the emergency department" are right there). The
/// other US territories wait for their 911 in `emergency::EMERGENCY_NUMBERS`:
/// until then they are shown 112, and US wording beside it would mislead.
pub const SAME_WORDING_AS: &[(&str, &str)] =
    &[("IM", "GB"), ("JE", "GB"), ("GG", "GB"), ("PR", "US")];

/// A language as worded for a visitor's region: the region's overlay, if
/// its language has one, over the base catalog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wording {
    lang: Lang,
    /// Index in `OVERLAYS`, when the region has wording of its own.
    overlay: Option<u8>,
}

impl Wording {
    /// The wording of `lang` for a visitor from `region` (an ISO 3166 code
    /// such as "GB", any case); the base catalog for a region with no
    /// overlay in that language, or none.
    pub fn new(lang: Lang, region: Option<&str>) -> Wording {
        let region = region.map(str::trim).map(|r| {
            SAME_WORDING_AS
                .iter()
                .find(|(from, _)| from.eq_ignore_ascii_case(r))
                .map_or(r, |(_, to)| to)
        });
        let overlay = region.and_then(|region| {
            OVERLAYS.iter().position(|o| {
                o.base == lang
                    && o.tag
                        .split_once('-')
                        .is_some_and(|(_, r)| r.eq_ignore_ascii_case(region))
            })
        });
        Wording {
            lang,
            overlay: overlay.and_then(|i| u8::try_from(i).ok()),
        }
    }

    /// The wording a visitor reads: their region's, but only while the
    /// emergency number shown is that region's own. A page in the US may
    /// set `emergency-number="911"` for a visitor whose browser says en-GB;
    /// "go to A&E" beside 911 would send them looking for something that
    /// is not there, so then they read the base wording, right anywhere.
    pub fn for_visitor(lang: Lang, region: Option<&str>, emergency_number: &str) -> Wording {
        let own = region.filter(|r| {
            default_emergency_number(Some(&r.trim().to_ascii_uppercase()))
                == emergency_number.trim()
        });
        Wording::new(lang, own)
    }

    /// Every overlay's wording, in the order of their tags.
    pub fn overlays() -> impl Iterator<Item = Wording> {
        OVERLAYS.iter().enumerate().map(|(i, o)| Wording {
            lang: o.base,
            overlay: u8::try_from(i).ok(),
        })
    }

    /// The language.
    pub fn lang(self) -> Lang {
        self.lang
    }

    /// The overlay's tag ("en-GB"), or the language's ("en") for the base.
    pub fn tag(self) -> &'static str {
        self.overlay_data().map_or(self.lang.tag(), |o| o.tag)
    }

    /// Whether this is a region's own wording rather than the base catalog.
    pub fn is_regional(self) -> bool {
        self.overlay_data().is_some()
    }

    fn overlay_data(self) -> Option<&'static Overlay> {
        self.overlay.and_then(|i| OVERLAYS.get(usize::from(i)))
    }

    /// The keys the region words differently, with their texts (none
    /// while the language is not installed).
    pub fn overlay_entries(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        let overlay = self.overlay_data();
        overlay
            .map_or(&[][..], |o| o.keys)
            .iter()
            .enumerate()
            .filter_map(move |(at, i)| Some((KEYS.entry(usize::from(*i)), overlay?.text(at)?)))
    }

    /// The text for a key in this language and region, if it has one:
    /// the overlay's, else the base catalog's (no English fallback).
    pub fn get(self, key: &str) -> Option<&'static str> {
        let regional = self.overlay_data().and_then(|o| {
            let i = u16::try_from(key_index(key)?).ok()?;
            o.text(o.keys.binary_search(&i).ok()?)
        });
        regional.or_else(|| catalog(self.lang).get(key))
    }

    /// The text for a key, falling back to English and then to the key
    /// itself so that nothing is ever blank.
    pub fn text(self, key: &str) -> &str {
        self.get(key)
            .or_else(|| catalog(Lang::EN).get(key))
            .unwrap_or(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_text() {
        let es = Lang::from_tag("es").expect("a Spanish catalog");
        assert_ne!(
            text(Lang::EN, "ui.start.button"),
            text(es, "ui.start.button")
        );
        assert_eq!(text(es, "no.such.key"), "no.such.key");
    }

    #[test]
    fn every_key_is_found_again_through_the_offset_tables() {
        for lang in Lang::all() {
            let c = catalog(lang);
            let keys: Vec<&str> = c.keys().collect();
            assert!(keys.len() > 400, "{}: {} keys", lang.tag(), keys.len());
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "keys stay sorted");
            for key in keys {
                assert!(c.get(key).is_some_and(|t| !t.is_empty()), "{key}");
            }
        }
        assert_eq!(
            KEYS.entry(KEYS.len()),
            "",
            "past the end is empty, not a panic"
        );
    }

    #[test]
    fn a_region_reads_its_overlay_then_the_base_catalog() {
        let key = "level.routine.action";
        let gb = Wording::new(Lang::EN, Some("GB"));
        let us = Wording::new(Lang::EN, Some("us"));
        assert_eq!(gb.tag(), "en-GB");
        assert_eq!(us.tag(), "en-US");
        assert_ne!(gb.text(key), us.text(key));
        assert_ne!(gb.text(key), text(Lang::EN, key));
        // A key the overlay leaves alone is the base catalog's.
        assert_eq!(
            gb.text("ui.start.button"),
            text(Lang::EN, "ui.start.button")
        );
        // Shared wording, and regions with none of their own.
        assert_eq!(Wording::new(Lang::EN, Some("JE")), gb);
        assert_eq!(Wording::new(Lang::EN, Some("PR")), us);
        for region in [Some("AU"), Some("ZZ"), Some(""), None] {
            let base = Wording::new(Lang::EN, region);
            assert!(!base.is_regional(), "{region:?}");
            assert_eq!(base.text(key), text(Lang::EN, key));
        }
        // An overlay belongs to its language: Spanish for a GB visitor is the base Spanish.
        let es = Lang::from_tag("es").expect("a Spanish catalog");
        assert!(!Wording::new(es, Some("GB")).is_regional());
        assert_eq!(
            Wording::new(es, Some("GB")).text("no.such.key"),
            "no.such.key"
        );
    }

    #[test]
    fn the_regional_wording_needs_the_regions_own_emergency_number() {
        assert_eq!(
            Wording::for_visitor(Lang::EN, Some("GB"), "999").tag(),
            "en-GB"
        );
        assert_eq!(
            Wording::for_visitor(Lang::EN, Some("gb"), " 999 ").tag(),
            "en-GB"
        );
        assert_eq!(
            Wording::for_visitor(Lang::EN, Some("US"), "911").tag(),
            "en-US"
        );
        // Jersey has no number of its own in the list: 112, and GB's words.
        assert_eq!(
            Wording::for_visitor(Lang::EN, Some("JE"), "112").tag(),
            "en-GB"
        );
        for (region, number) in [
            ("GB", "911"),
            ("US", "999"),
            ("US", "+1 555 0100"),
            ("GB", "112"),
        ] {
            let w = Wording::for_visitor(Lang::EN, Some(region), number);
            assert!(!w.is_regional(), "{region} with {number} reads {}", w.tag());
        }
    }

    /// The catalog source files, by tag.
    fn source(tag: &str) -> String {
        let path = format!(
            "{}/src/knowledge/locales/{tag}.txt",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).expect("a catalog file")
    }

    #[test]
    fn every_language_file_installs_and_carries_every_text_to_its_key() {
        for lang in Lang::all() {
            let file = language_file(lang);
            assert!(file.starts_with(&format!("knee-triage-text 1 {} ", lang.tag())));
            assert_eq!(install_language(&file), Ok(lang));
            assert!(is_installed(lang));
            // Again: the same text stays, the file is still checked.
            assert_eq!(install_language(&file), Ok(lang));
            let src = source(lang.tag());
            let entries = crate::knowledge::catalog_file::parse(&src).expect("a valid catalog");
            for (key, text) in &entries {
                assert_eq!(catalog(lang).get(key), Some(*text), "{} {key}", lang.tag());
            }
            assert_eq!(catalog(lang).keys().count(), entries.len());
            assert_eq!(lang.name(), catalog(lang).get("ui.language.name").unwrap());
        }
        for wording in Wording::overlays() {
            let src = source(wording.tag());
            let mut expected =
                crate::knowledge::catalog_file::parse(&src).expect("a valid overlay");
            expected.sort();
            let mut found: Vec<(&str, &str)> = wording.overlay_entries().collect();
            found.sort();
            assert_eq!(found, expected, "{}", wording.tag());
        }
    }

    /// English's file with its header line replaced.
    fn with_header(header: &str) -> String {
        let file = language_file(Lang::EN);
        let (_, body) = file.split_once('\n').unwrap();
        format!("{header}\n{body}")
    }

    #[test]
    fn a_file_from_another_build_is_refused() {
        let file = language_file(Lang::EN);
        let head = file.lines().next().unwrap();
        let (start, hex) = head.rsplit_once(' ').unwrap();
        let other = format!("{:016x}", u64::from_str_radix(hex, 16).unwrap() ^ 1);
        let problem = install_language(&with_header(&format!("{start} {other}"))).unwrap_err();
        assert_eq!(problem, LanguageFileProblem::OtherBuild { tag: "en" });
        assert!(problem.to_string().contains("another build"), "{problem}");
        // The layout counts: Spanish's fingerprint is not English's.
        let es = Lang::from_tag("es").unwrap();
        assert_ne!(es.fingerprint(), Lang::EN.fingerprint());
    }

    #[test]
    fn a_file_with_another_tag_is_refused() {
        let es = Lang::from_tag("es").unwrap();
        let fp = Lang::EN.fingerprint();
        // English's text under the Spanish tag: the fingerprint names the tag.
        assert_eq!(
            install_language(&with_header(&format!("knee-triage-text 1 es {fp:016x}"))),
            Err(LanguageFileProblem::OtherBuild { tag: es.tag() })
        );
        let problem = install_language(&with_header(&format!("knee-triage-text 1 fr {fp:016x}")))
            .unwrap_err();
        assert_eq!(problem, LanguageFileProblem::UnknownLanguage("fr".into()));
        assert!(problem.to_string().contains("`fr`"), "{problem}");
        // Tags are exact: a region or another case is not a file's tag.
        for tag in ["EN", "en-GB", ""] {
            assert!(
                install_language(&with_header(&format!("knee-triage-text 1 {tag} {fp:016x}")))
                    .is_err(),
                "{tag}"
            );
        }
        let problem = install_language(&with_header(&format!("knee-triage-text 2 en {fp:016x}")))
            .unwrap_err();
        assert_eq!(problem, LanguageFileProblem::OtherVersion("2".into()));
    }

    #[test]
    fn a_file_cut_short_or_too_long_is_refused() {
        let file = language_file(Lang::EN);
        let expected = Lang::EN.lines();
        let half = file.char_indices().nth(file.chars().count() / 2).unwrap().0;
        let problem = install_language(&file[..half]).unwrap_err();
        assert!(
            matches!(problem, LanguageFileProblem::Truncated { tag: "en", expected: e, found } if e == expected && found < expected),
            "{problem:?}"
        );
        assert!(problem.to_string().contains("cut short"), "{problem}");
        // Only the last line end missing.
        assert_eq!(
            install_language(&file[..file.len() - 1]),
            Err(LanguageFileProblem::Truncated {
                tag: "en",
                expected,
                found: expected - 1
            })
        );
        // Only the header.
        let head_end = file.find('\n').unwrap() + 1;
        assert!(matches!(
            install_language(&file[..head_end]),
            Err(LanguageFileProblem::Truncated { found: 0, .. })
        ));
        for extra in ["one more\n", "x", "\n"] {
            assert_eq!(
                install_language(&format!("{file}{extra}")),
                Err(LanguageFileProblem::TooLong {
                    tag: "en",
                    expected,
                    found: expected + 1
                }),
                "{extra:?}"
            );
        }
        // Lines end in `\n`; a file turned to `\r\n` is not this build's.
        assert!(install_language(&file.replace('\n', "\r\n")).is_err());
    }

    #[test]
    fn garbage_is_refused_without_a_panic() {
        let gzip =
            String::from_utf8_lossy(&[0x1f, 0x8b, 0x08, 0x00, 0xff, 0x00, 0x0a, 0x41]).into_owned();
        for garbage in [
            "",
            "\n",
            "knee-triage-text",
            "knee-triage-text 1",
            "knee-triage-text 1 en",
            "knee-triage-text 1 en zz\n",
            "knee-triage-text 1 en 00 extra\n",
            "<!doctype html><title>404 Not Found</title>",
            "\u{0}\u{fffd}\u{1b}[0m",
            gzip.as_str(),
        ] {
            let problem = install_language(garbage).unwrap_err();
            assert!(!problem.to_string().is_empty());
        }
        // Every cut of a real file is refused, none panics.
        let file = language_file(Lang::from_tag("es").unwrap());
        for (at, _) in file.char_indices().step_by(97) {
            assert!(install_language(&file[..at]).is_err(), "cut at {at}");
        }
    }

    #[test]
    fn every_problem_explains_itself() {
        let problems = [
            LanguageFileProblem::NotALanguageFile,
            LanguageFileProblem::OtherVersion("7".into()),
            LanguageFileProblem::UnknownLanguage("fr".into()),
            LanguageFileProblem::OtherBuild { tag: "es" },
            LanguageFileProblem::Truncated {
                tag: "es",
                expected: 9,
                found: 3,
            },
            LanguageFileProblem::TooLong {
                tag: "es",
                expected: 9,
                found: 12,
            },
        ];
        let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
        for (i, m) in messages.iter().enumerate() {
            assert!(m.len() > 30, "{m}");
            assert!(
                !messages[..i].contains(m),
                "two problems read the same: {m}"
            );
        }
    }

    #[test]
    fn language_tags_are_matched_on_their_primary_part() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("es-MX").map(Lang::tag), Some("es"));
        assert_eq!(Lang::from_tag("zz"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
