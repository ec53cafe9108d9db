//! Text catalogs: every word a person reads, one file per language.
//!
//! A catalog is a plain `key = text` file so translators and clinicians can
//! edit it without touching Rust. Keys for medical content are derived from
//! knowledge ids (`cause.C1.name`, `rule.R4-weakness`), so a new rule or
//! remedy only needs its lines here. Adding a language is one more file in
//! `locales/` (see build.rs).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A language the widget speaks: one of the catalog files, by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// English, the fallback for any missing text.
    pub const EN: Lang = Lang(0);

    /// Every language that has a catalog, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..CATALOG_FILES.len()).map(|i| Lang(i as u8))
    }

    /// The BCP 47 tag, as used by the `lang` attribute.
    pub fn tag(self) -> &'static str {
        CATALOG_FILES
            .get(self.0 as usize)
            .map_or("en", |(tag, _)| tag)
    }

    /// Picks a language from a tag such as `en-GB`; `None` for one we lack.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        Lang::all().find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    fn source(self) -> &'static str {
        CATALOG_FILES
            .get(self.0 as usize)
            .map_or("", |(_, src)| src)
    }
}

/// A parsed catalog.
#[derive(Debug)]
pub struct Catalog {
    entries: BTreeMap<&'static str, &'static str>,
}

/// A line of a catalog file that could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub line: usize,
    pub problem: &'static str,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl Catalog {
    /// Reads `key = text` lines; blank lines and lines starting with `#` are skipped.
    pub fn parse(src: &'static str) -> Result<Catalog, CatalogError> {
        let mut entries = BTreeMap::new();
        for (n, raw) in src.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |problem| CatalogError {
                line: n + 1,
                problem,
            };
            let (key, text) = line.split_once(" = ").ok_or(err("expected `key = text`"))?;
            let key = key.trim();
            if key.is_empty() || key.contains(char::is_whitespace) {
                return Err(err("a key is one word with no spaces"));
            }
            if entries.insert(key, text.trim()).is_some() {
                return Err(err("this key is already defined above"));
            }
        }
        Ok(Catalog { entries })
    }

    /// The text for a key, if this catalog has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entries.get(key).copied()
    }

    /// Every key, for completeness checks.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.keys().copied()
    }
}

/// The catalog of a language, parsed once on first use.
///
/// The shipped catalogs are checked by the test suite, so a parse error here
/// can only come from an untested edit; the widget then shows keys rather
/// than crash, which keeps the emergency advice on screen.
pub fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: OnceLock<Vec<Catalog>> = OnceLock::new();
    let all = CATALOGS.get_or_init(|| {
        Lang::all()
            .map(|l| {
                Catalog::parse(l.source()).unwrap_or(Catalog {
                    entries: BTreeMap::new(),
                })
            })
            .collect()
    });
    let index = (lang.0 as usize).min(all.len() - 1);
    &all[index]
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
    fn every_shipped_catalog_parses() {
        for lang in Lang::all() {
            if let Err(e) = Catalog::parse(lang.source()) {
                panic!("catalog {}: {e}", lang.tag());
            }
        }
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let err = Catalog::parse("# fine\na = b\nno equals sign").unwrap_err();
        assert_eq!(err.line, 3);
        let err = Catalog::parse("a = b\na = c").unwrap_err();
        assert_eq!(err.problem, "this key is already defined above");
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
