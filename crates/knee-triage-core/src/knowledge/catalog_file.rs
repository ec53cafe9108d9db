//! The catalog file format: `key = text` lines, `#` comments, blank lines.
//!
//! Shared by `build.rs`, which turns the files into compact tables at compile
//! time (so a malformed catalog fails the build with its line number), and by
//! the tests of this module.

/// A line of a catalog file that could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub line: usize,
    pub problem: &'static str,
}

/// Every `(key, text)` of a catalog file, in file order.
pub fn parse(src: &str) -> Result<Vec<(&str, &str)>, CatalogError> {
    let mut entries: Vec<(&str, &str)> = Vec::new();
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
        if text.trim().is_empty() {
            return Err(err("the text is empty"));
        }
        if entries.iter().any(|(k, _)| *k == key) {
            return Err(err("this key is already defined above"));
        }
        entries.push((key, text.trim()));
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_comments_and_blank_lines() {
        let entries = parse("# a comment\n\na = b c\n  d.e = f  \n").unwrap();
        assert_eq!(entries, vec![("a", "b c"), ("d.e", "f")]);
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        assert_eq!(parse("# fine\na = b\nno equals sign").unwrap_err().line, 3);
        let err = parse("a = b\na = c").unwrap_err();
        assert_eq!(err.problem, "this key is already defined above");
        assert_eq!(
            parse("a b = c").unwrap_err().problem,
            "a key is one word with no spaces"
        );
        assert_eq!(parse("a =  ").unwrap_err().line, 1);
    }
}
