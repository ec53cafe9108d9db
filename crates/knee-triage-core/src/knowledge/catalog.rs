//! Text catalogs: every word a person reads, one file per language.
//!
//! A catalog is a plain `key = text` file in `locales/` so translators and
//! clinicians can edit it without touching Rust. Keys for medical content are
//! derived from knowledge ids (`cause.C1.name`, `rule.R4-weakness.why`), so a
//! new rule or remedy only needs its lines here. Adding a language is one
//! more file in `locales/`; `build.rs` compiles the files into the tables
//! below and fails the build on a malformed line.
//!
//! Some wording differs between countries that share a language: a visitor
//! in England calls the GP surgery and goes to A&E, one in the US calls the
//! doctor's office and goes to the emergency room, and "GP surgery" beside
//! 911 is simply wrong. Those few keys live in overlays (`en-GB.txt`,
//! `en-US.txt`, `es-ES.txt`), looked up first for a visitor from that
//! region (see [`Wording`]); the base catalog says what works anywhere
//! ("your doctor or clinic", "the emergency department"), which is what a
//! visitor from any other region, or of unknown region, reads.

use crate::knowledge::emergency::default_emergency_number;

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// One column of the catalogs: its entries laid end to end in `text`,
/// entry `i` ending at byte `ends[i]`.
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

    /// Picks a language from a tag such as `en-GB`; `None` for one we lack.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        Lang::all().find(|l| l.tag().eq_ignore_ascii_case(primary))
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

/// The texts of one language.
#[derive(Clone, Copy, Debug)]
pub struct Catalog {
    texts: Table,
}

impl Catalog {
    /// The text for a key, if this catalog has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        key_index(key)
            .map(|i| self.texts.entry(i))
            .filter(|t| !t.is_empty())
    }

    /// Every key this catalog has text for.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        let texts = self.texts;
        (0..KEYS.len())
            .filter(move |&i| !texts.entry(i).is_empty())
            .map(|i| KEYS.entry(i))
    }
}

/// The catalog of a language.
pub fn catalog(lang: Lang) -> Catalog {
    let texts = LANGUAGES
        .get(lang.0 as usize)
        .or(LANGUAGES.first())
        .map_or(KEYS, |(_, t)| *t);
    Catalog { texts }
}

/// The text for a key in a language, falling back to English and then to the
/// key itself so that nothing is ever blank.
pub fn text(lang: Lang, key: &str) -> &str {
    Wording::new(lang, None).text(key)
}

/// An overlay file: the keys whose wording differs in one region, as
/// (index in [`KEYS`], text) sorted by index.
#[derive(Debug)]
struct Overlay {
    tag: &'static str,
    base: Lang,
    entries: &'static [(u16, &'static str)],
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

    /// The keys the region words differently, with their texts.
    pub fn overlay_entries(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.overlay_data()
            .map_or(&[][..], |o| o.entries)
            .iter()
            .map(|(i, t)| (KEYS.entry(usize::from(*i)), *t))
    }

    /// The text for a key in this language and region, if it has one:
    /// the overlay's, else the base catalog's (no English fallback).
    pub fn get(self, key: &str) -> Option<&'static str> {
        let regional = self.overlay_data().and_then(|o| {
            let i = u16::try_from(key_index(key)?).ok()?;
            let at = o.entries.binary_search_by_key(&i, |(k, _)| *k).ok()?;
            o.entries.get(at).map(|(_, t)| *t)
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

    #[test]
    fn language_tags_are_matched_on_their_primary_part() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("es-MX").map(Lang::tag), Some("es"));
        assert_eq!(Lang::from_tag("zz"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
