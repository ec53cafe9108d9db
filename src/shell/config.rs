//! The widget's settings, read from the element's attributes.
//!
//! Every attribute is untrusted: a clinic may mistype it and a page may be
//! compromised. Anything that is not clearly valid falls back to a safe
//! default and produces a warning for the browser console, so the widget
//! always starts and always shows a working emergency number.

use crate::knowledge::catalog::Lang;
pub use crate::knowledge::emergency::{
    default_emergency_number, emergency_number, is_phone_number, region_of,
};
pub use crate::ui::{Clinic, Opening};

/// The attributes as the loader hands them over; all optional strings.
#[derive(Debug, Default)]
pub struct RawConfig {
    pub lang: Option<String>,
    pub emergency_number: Option<String>,
    /// `navigator.languages`, used when the page sets no `lang`.
    pub browser_languages: Vec<String>,
    /// Set only by pages whose whole content is the checker.
    pub manage_title: Option<bool>,
    pub clinic_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub booking_url: Option<String>,
    pub storage: Option<String>,
    /// A language the person picked on the loader's start page.
    pub chosen_lang: Option<String>,
    /// The person pressed "Start now" on the loader's start page.
    pub start_now: Option<bool>,
    /// Pages saved on the loader's early screens: question id and choices.
    pub early_answers: Vec<(String, Vec<String>)>,
    /// What was ticked on the early screen the person is on.
    pub early_draft: Option<(String, Vec<String>)>,
}

/// Settings after checking: always usable.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub lang: Lang,
    pub emergency_number: String,
    /// The visitor's region ("US", "GB"), from the same language tags that
    /// chose the emergency number: it picks the wording that differs between
    /// countries and the order of dates.
    pub region: Option<String>,
    pub manage_title: bool,
    /// The clinic that embeds the widget, shown on the result page.
    pub clinic: Option<Clinic>,
    pub storage: Storage,
    /// Clicks made before the checker was ready, to be carried out now.
    pub opening: Opening,
}

impl Config {
    /// The language the checker shows first: the one the person picked on
    /// the loader's start page, else the attributes' and browser's choice.
    /// Its text must be installed before the checker mounts.
    pub fn first_language(&self) -> Lang {
        self.opening.lang.unwrap_or(self.lang)
    }
}

/// Whether answers may be kept in the browser; nothing is ever stored
/// unless the embedding allows it and the person opts in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    #[default]
    None,
    Local,
}

impl Config {
    /// Checks every attribute; returns the settings and one warning per
    /// attribute that was ignored.
    pub fn from_raw(raw: RawConfig) -> (Config, Vec<String>) {
        let mut warnings = Vec::new();
        let browser = raw.browser_languages.iter().find_map(|t| Lang::from_tag(t));
        let given_lang = raw.lang.as_deref().map(str::trim);
        let lang = match given_lang.filter(|s| !s.is_empty()) {
            Some(tag) => Lang::from_tag(tag).unwrap_or_else(|| {
                warnings.push(format!(
                    "knee-triage: lang=\"{}\" is not a supported language; using the browser's language",
                    printable(tag)
                ));
                browser.unwrap_or(Lang::EN)
            }),
            None => browser.unwrap_or(Lang::EN),
        };
        // Trimmed like the language, so `lang=" en-AU "` still means 000.
        let given_number = raw.emergency_number.as_deref().map(str::trim);
        if let Some(n) = given_number.filter(|n| !is_phone_number(n)) {
            warnings.push(format!(
                "knee-triage: emergency-number=\"{}\" is not a phone number; using the local default",
                printable(n)
            ));
        }
        let tags: Vec<&str> = given_lang
            .into_iter()
            .chain(raw.browser_languages.iter().map(String::as_str))
            .collect();
        let emergency_number = emergency_number(given_number, &tags);
        let region = tags.iter().map(|t| t.trim()).find_map(region_of);
        let name = given(&raw.clinic_name).and_then(|n| {
            let clean: String = n.chars().filter(|c| !c.is_control()).collect();
            if clean.chars().count() <= 100 {
                Some(clean)
            } else {
                warnings
                    .push("knee-triage: clinic-name is longer than 100 characters; ignored".into());
                None
            }
        });
        let phone = given(&raw.clinic_phone).and_then(|p| {
            if is_phone_number(p) {
                Some(p.to_string())
            } else {
                warnings.push(format!(
                    "knee-triage: clinic-phone=\"{}\" is not a phone number; ignored",
                    printable(p)
                ));
                None
            }
        });
        let booking_url = given(&raw.booking_url).and_then(|u| {
            if is_https_url(u) {
                Some(u.to_string())
            } else {
                warnings.push(format!(
                    "knee-triage: booking-url=\"{}\" is not an https:// address; ignored",
                    printable(u)
                ));
                None
            }
        });
        let clinic =
            (name.is_some() || phone.is_some() || booking_url.is_some()).then_some(Clinic {
                name,
                phone,
                booking_url,
            });
        let storage = match given(&raw.storage) {
            None | Some("none") => Storage::None,
            Some("local") => Storage::Local,
            Some(other) => {
                warnings.push(format!(
                    "knee-triage: storage=\"{}\" is not \"none\" or \"local\"; nothing will be stored",
                    printable(other)
                ));
                Storage::None
            }
        };
        // Only the loader sets these, from the person's own clicks; an
        // unknown language is dropped like a bad attribute.
        let opening = Opening {
            lang: given(&raw.chosen_lang).and_then(Lang::from_tag),
            start: raw.start_now.unwrap_or(false),
            answers: (raw.early_answers.iter())
                .filter_map(|(q, choices)| Opening::picked(q, choices))
                .collect(),
            draft: (raw.early_draft.as_ref()).and_then(|(q, choices)| Opening::picked(q, choices)),
        };
        let config = Config {
            opening,
            lang,
            emergency_number,
            region,
            manage_title: raw.manage_title.unwrap_or(false),
            clinic,
            storage,
        };
        (config, warnings)
    }
}

/// A trimmed attribute value, or `None` when absent or blank.
fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// An absolute `https://` address with a host and nothing that could break
/// out of an attribute or run script.
pub fn is_https_url(s: &str) -> bool {
    let Some(rest) = s
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &s[8..])
    else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    s.len() <= 2000
        && !host.is_empty()
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && !s.chars().any(|c| {
            c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`')
        })
}

/// Shortens and cleans a bad value so a warning cannot flood the console.
fn printable(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(lang: Option<&str>, number: Option<&str>, browser: &[&str]) -> (Config, Vec<String>) {
        Config::from_raw(RawConfig {
            lang: lang.map(String::from),
            emergency_number: number.map(String::from),
            browser_languages: browser.iter().map(|s| s.to_string()).collect(),
            ..RawConfig::default()
        })
    }

    #[test]
    fn early_clicks_are_kept_and_an_unknown_language_is_dropped() {
        let (c, _) = Config::from_raw(RawConfig {
            chosen_lang: Some("es".into()),
            start_now: Some(true),
            ..RawConfig::default()
        });
        assert_eq!(c.opening.lang, Lang::from_tag("es"));
        assert!(c.opening.start);
        assert_eq!(c.first_language(), Lang::from_tag("es").unwrap());
        let (c, _) = Config::from_raw(RawConfig {
            chosen_lang: Some("<b>xx".into()),
            ..RawConfig::default()
        });
        assert_eq!(c.opening, Opening::default());
        assert_eq!(c.first_language(), Lang::EN);
    }

    #[test]
    fn a_clinic_number_wins() {
        let (c, w) = config(Some("en"), Some("911"), &["en-GB"]);
        assert_eq!(c.emergency_number, "911");
        assert!(w.is_empty());
    }

    #[test]
    fn the_default_number_follows_the_locale() {
        assert_eq!(config(None, None, &["en-US"]).0.emergency_number, "911");
        assert_eq!(config(None, None, &["en-GB"]).0.emergency_number, "999");
        assert_eq!(
            config(Some("en-AU"), None, &["en-US"]).0.emergency_number,
            "000"
        );
        assert_eq!(config(None, None, &["de-DE"]).0.emergency_number, "112");
        assert_eq!(
            config(Some(" en-AU "), None, &["en-US"]).0.emergency_number,
            "000"
        );
        assert_eq!(config(None, None, &[]).0.emergency_number, "112");
    }

    #[test]
    fn the_region_comes_from_the_first_tag_that_has_one() {
        assert_eq!(
            config(Some("en-AU"), None, &["en-US"]).0.region.as_deref(),
            Some("AU")
        );
        assert_eq!(
            config(Some("es"), None, &["es-MX", "en-US"])
                .0
                .region
                .as_deref(),
            Some("MX")
        );
        assert_eq!(config(None, None, &["en"]).0.region, None);
    }

    #[test]
    fn bad_attributes_fall_back_with_a_warning() {
        let (c, w) = config(
            Some("<img src=x onerror=alert(1)>"),
            Some("call us"),
            &["en-US"],
        );
        assert_eq!(c.lang, Lang::EN);
        assert_eq!(c.emergency_number, "911");
        assert_eq!(w.len(), 2);
        let (c, _) = config(None, Some("12"), &[]);
        assert_eq!(c.emergency_number, "112");
    }

    #[test]
    fn clinic_details_are_checked_and_kept_as_plain_text() {
        let (c, w) = Config::from_raw(RawConfig {
            clinic_name: Some(" <b>Riverside</b> Clinic ".into()),
            clinic_phone: Some("+1 555 0100".into()),
            booking_url: Some("https://clinic.example/book?x=1".into()),
            storage: Some("local".into()),
            ..RawConfig::default()
        });
        assert!(w.is_empty(), "{w:?}");
        let clinic = c.clinic.unwrap();
        assert_eq!(clinic.name.as_deref(), Some("<b>Riverside</b> Clinic"));
        assert_eq!(
            clinic.booking_url.as_deref(),
            Some("https://clinic.example/book?x=1")
        );
        assert_eq!(c.storage, Storage::Local);
    }

    #[test]
    fn only_https_booking_addresses_are_used() {
        for bad in [
            "http://clinic.example",
            "javascript:alert(1)",
            "https://",
            "https:///path",
            "https://a b.example",
            "https://clinic.example/\"onmouseover=x",
            "//clinic.example",
            "data:text/html,hi",
        ] {
            assert!(!is_https_url(bad), "{bad}");
        }
        assert!(is_https_url("HTTPS://clinic.example:8443/book#now"));
        let (c, w) = Config::from_raw(RawConfig {
            booking_url: Some("javascript:alert(1)".into()),
            storage: Some("cookies".into()),
            ..RawConfig::default()
        });
        assert_eq!(c.clinic, None);
        assert_eq!(c.storage, Storage::None);
        assert_eq!(w.len(), 2);
    }

    #[test]
    fn phone_numbers_are_checked_strictly() {
        assert!(is_phone_number("+44 20 7946 0000"));
        assert!(is_phone_number("(555) 010-0199"));
        assert!(!is_phone_number("1+1"));
        assert!(!is_phone_number("javascript:alert(1)"));
        assert!(!is_phone_number("1234567890123456789012"));
    }
}
