//! Text catalogs: every word a person reads, one file per language.
//!
//! A catalog is a plain `key = text` file in `locales/` so translators and
//! clinicians can edit it without touching Rust. Keys for medical content are
//! derived from knowledge ids (`cause.C1.name`, `rule.R4-weakness.why`), so a
//! new rule or remedy only needs its lines here. Adding a language is one
//! more file in `locales/`; `build.rs` compiles the files into the tables
//! below and fails the build on a malformed line.

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

/// The texts of one language.
#[derive(Clone, Copy, Debug)]
pub struct Catalog {
    texts: Table,
}

impl Catalog {
    /// The text for a key, if this catalog has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let (mut low, mut high) = (0, KEYS.len());
        while low < high {
            let mid = low + (high - low) / 2;
            match KEYS.entry(mid).cmp(key) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => {
                    return Some(self.texts.entry(mid)).filter(|t| !t.is_empty())
                }
            }
        }
        None
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
    catalog(lang)
        .get(key)
        .or_else(|| catalog(Lang::EN).get(key))
        .unwrap_or(key)
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
    fn language_tags_are_matched_on_their_primary_part() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("es-MX").map(Lang::tag), Some("es"));
        assert_eq!(Lang::from_tag("zz"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
