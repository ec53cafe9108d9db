//! The language file format: one language's text, shipped beside the wasm.
//!
//! Shared by `build.rs`, which writes the files from the catalogs, and by
//! `catalog.rs`, which reads one at run time (`install_language`), so the
//! writer and the reader cannot drift apart.
//!
//! A file is a header line, then one line per key of the catalogs, in the
//! order of the sorted `KEYS` table (empty where the language has no text
//! for the key), then one line per key of each of the language's regional
//! overlays (`en-GB`, `en-US` ride along in `en`; `es-ES` in `es`), in the
//! order of the overlays' tags and, in each, of their key indices. Every
//! line ends with `\n`; a catalog text is one line by construction
//! (`catalog_file.rs`), so no text holds one. The keys are not in the file:
//! the wasm has them already, and the texts alone compress best.
//!
//! The header names the format, its version, the language and a
//! fingerprint of the layout (every key, the language tag, and each of its
//! overlays' tag and keys):
//!
//! ```text
//! knee-triage-text 1 es 5d2c0f7e8a91b3c4
//! ```
//!
//! A file made by a build with other keys has another fingerprint and is
//! refused: read by position, it would show one key's text under another,
//! which in a medical checker is a safety bug, not a cosmetic one.

use std::fmt;

/// The first word of every language file.
pub const MAGIC: &str = "knee-triage-text";

/// The format version: raise it when the layout of the body changes.
pub const VERSION: &str = "1";

/// FNV-1a, 64 bits: small, fast, and good enough to tell builds apart (it
/// guards against mistakes, not against someone forging a file, which
/// anyone who can serve the page could do to the wasm too).
struct Fnv(u64);

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The fingerprint of a language's layout: every key in table order, the
/// language's tag, then each of its overlays' tag and key indices. Keys
/// hold no whitespace, so the separators keep every layout distinct.
pub fn fingerprint<'a>(
    keys: impl Iterator<Item = &'a str>,
    tag: &str,
    overlays: impl Iterator<Item = (&'a str, &'a [u16])>,
) -> u64 {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.write(MAGIC.as_bytes());
    for key in keys {
        h.write(b"\n");
        h.write(key.as_bytes());
    }
    h.write(b"\0");
    h.write(tag.as_bytes());
    for (overlay, indices) in overlays {
        h.write(b"\0");
        h.write(overlay.as_bytes());
        for i in indices {
            h.write(&i.to_le_bytes());
        }
    }
    h.0
}

/// The header line of a language file, with its line end.
pub fn header(tag: &str, fingerprint: u64) -> String {
    format!("{MAGIC} {VERSION} {tag} {fingerprint:016x}\n")
}

/// Why a language file was refused. Nothing of a refused file is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LanguageFileProblem {
    /// The first line does not name this format: not a language file at all
    /// (an error page, another file, a compressed file served as is).
    NotALanguageFile,
    /// A version of the format this build does not read.
    OtherVersion(String),
    /// A language this build does not have.
    UnknownLanguage(String),
    /// Made by a build with other keys or overlays: its lines would land
    /// under the wrong keys.
    OtherBuild {
        /// The language the header names.
        tag: &'static str,
    },
    /// Fewer lines than the layout has, or the last one cut off: the file
    /// did not arrive whole.
    Truncated {
        /// The language the header names.
        tag: &'static str,
        /// Lines the layout has.
        expected: usize,
        /// Complete lines found.
        found: usize,
    },
    /// More lines than the layout has.
    TooLong {
        /// The language the header names.
        tag: &'static str,
        /// Lines the layout has.
        expected: usize,
        /// Lines found.
        found: usize,
    },
}

impl fmt::Display for LanguageFileProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LanguageFileProblem::NotALanguageFile => write!(
                f,
                "not a knee-triage language file: its first line does not start with `{MAGIC}`"
            ),
            LanguageFileProblem::OtherVersion(v) => write!(
                f,
                "a language file of format version {v}; this checker reads version {VERSION}"
            ),
            LanguageFileProblem::UnknownLanguage(tag) => {
                write!(f, "a language file for `{tag}`, a language this checker does not have")
            }
            LanguageFileProblem::OtherBuild { tag } => write!(
                f,
                "the {tag} language file comes from another build of the checker (its fingerprint differs); serve the text files of the same build as the wasm"
            ),
            LanguageFileProblem::Truncated { tag, expected, found } => write!(
                f,
                "the {tag} language file is cut short: {found} of {expected} lines"
            ),
            LanguageFileProblem::TooLong { tag, expected, found } => write!(
                f,
                "the {tag} language file has {found} lines, more than the {expected} this build has"
            ),
        }
    }
}

impl std::error::Error for LanguageFileProblem {}

/// Reads a header line (without its line end): the tag and the fingerprint.
/// The tag is returned as written, for the caller to look up.
pub fn parse_header(line: &str) -> Result<(&str, u64), LanguageFileProblem> {
    let mut words = line.split(' ');
    if words.next() != Some(MAGIC) {
        return Err(LanguageFileProblem::NotALanguageFile);
    }
    let version = words.next().unwrap_or("");
    if version != VERSION {
        let shown: String = version
            .chars()
            .filter(|c| !c.is_control())
            .take(20)
            .collect();
        return Err(LanguageFileProblem::OtherVersion(shown));
    }
    let (Some(tag), Some(hex), None) = (words.next(), words.next(), words.next()) else {
        return Err(LanguageFileProblem::NotALanguageFile);
    };
    let fingerprint = (hex.len() == 16)
        .then(|| u64::from_str_radix(hex, 16).ok())
        .flatten()
        .ok_or(LanguageFileProblem::NotALanguageFile)?;
    Ok((tag, fingerprint))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_fnv_1a_64() {
        // The published test vectors of FNV-1a, 64 bits.
        for (input, expected) in [
            ("", 0xcbf2_9ce4_8422_2325),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            let mut h = Fnv(0xcbf2_9ce4_8422_2325);
            h.write(input.as_bytes());
            assert_eq!(h.0, expected, "{input:?}");
        }
    }

    #[test]
    fn a_header_reads_back() {
        let line = header("es", 0x0123_4567_89ab_cdef);
        assert_eq!(line, "knee-triage-text 1 es 0123456789abcdef\n");
        assert_eq!(
            parse_header(line.trim_end()),
            Ok(("es", 0x0123_4567_89ab_cdef))
        );
        assert_eq!(
            parse_header("knee-triage-text 1 es 0123"),
            Err(LanguageFileProblem::NotALanguageFile)
        );
    }

    #[test]
    fn the_layout_decides_the_fingerprint() {
        let keys = ["a", "b.c"];
        let base = fingerprint(
            keys.iter().copied(),
            "en",
            [("en-GB", &[1u16][..])].into_iter(),
        );
        let no_overlay = fingerprint(keys.iter().copied(), "en", std::iter::empty());
        let other_keys = fingerprint(
            ["a", "b.d"].iter().copied(),
            "en",
            [("en-GB", &[1u16][..])].into_iter(),
        );
        let other_tag = fingerprint(
            keys.iter().copied(),
            "es",
            [("en-GB", &[1u16][..])].into_iter(),
        );
        let other_index = fingerprint(
            keys.iter().copied(),
            "en",
            [("en-GB", &[0u16][..])].into_iter(),
        );
        let all = [base, no_overlay, other_keys, other_tag, other_index];
        for (i, f) in all.iter().enumerate() {
            assert!(!all[..i].contains(f));
        }
    }
}
