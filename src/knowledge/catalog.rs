//! Text catalogs: every word a person reads, one file per language.
//!
//! A catalog is a plain `key = text` file in `locales/` so translators and
//! clinicians can edit it without touching Rust. Keys for medical content are
//! derived from knowledge ids (`cause.C1.name`, `rule.R4-weakness.why`), so a
//! new rule or remedy only needs its lines here. Adding a language is one
//! more file in `locales/`; `build.rs` compiles the files into the tables
//! below and fails the build on a malformed line.

include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// A language the widget speaks: one of the catalog files, by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// English, the fallback for any missing text.
    pub const EN: Lang = Lang(0);

    /// Every language that has a catalog, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..TEXTS.len()).map(|i| Lang(i as u8))
    }

    /// The BCP 47 tag, as used by the `lang` attribute.
    pub fn tag(self) -> &'static str {
        TEXTS.get(self.0 as usize).map_or("en", |(tag, _)| tag)
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
    texts: &'static [&'static str],
}

impl Catalog {
    /// The text for a key, if this catalog has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let at = KEYS.binary_search(&key).ok()?;
        self.texts.get(at).copied().filter(|t| !t.is_empty())
    }

    /// Every key this catalog has text for.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        KEYS.iter()
            .zip(self.texts)
            .filter(|(_, t)| !t.is_empty())
            .map(|(k, _)| *k)
    }
}

/// The catalog of a language.
pub fn catalog(lang: Lang) -> Catalog {
    let texts = TEXTS
        .get(lang.0 as usize)
        .or(TEXTS.first())
        .map_or(&[][..], |(_, t)| t);
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
    fn language_tags_are_matched_on_their_primary_part() {
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::EN));
        assert_eq!(Lang::from_tag("es-MX").map(Lang::tag), Some("es"));
        assert_eq!(Lang::from_tag("zz"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
