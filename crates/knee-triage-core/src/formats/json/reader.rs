//! The reader: one JSON document from text, refusing what is not JSON (or
//! repeats a key) with the line and column a person can look at.

use std::fmt;

use super::{Map, Number, Value};

/// How deep arrays and objects may nest; the widget's documents use four.
const MAX_DEPTH: usize = 64;

impl Value {
    /// Reads one JSON document. The error says what is wrong and where.
    pub fn parse(text: &str) -> Result<Value, ParseError> {
        let mut reader = Reader {
            text: text.as_bytes(),
            at: 0,
        };
        let value = reader.value(0)?;
        reader.skip_space();
        if reader.at < reader.text.len() {
            return Err(reader.error("unexpected text after the end"));
        }
        Ok(value)
    }
}

/// What the reader says of an object that repeats a key, so callers can
/// tell this refusal from text that is not JSON at all.
pub const REPEATED_KEY: &str = "a key is repeated";

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong, from a fixed set of phrases (such as [`REPEATED_KEY`]).
    pub what: &'static str,
    /// The line, counted from 1.
    pub line: usize,
    /// The column, counted in characters from 1, as an editor shows it.
    pub column: usize,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.what, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Whether a byte continues a UTF-8 sequence (`10xx_xxxx`) rather than
/// starting a character.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &'static str) -> ParseError {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        // Columns count characters, not bytes: every byte that does not
        // continue a UTF-8 sequence starts one (the text came from a `str`).
        // Counted here rather than through `String::from_utf8_lossy`, which
        // only this reader used: 1,044 bytes of wasm (436 gzip -9).
        let column = before[line_start..]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count()
            + 1;
        ParseError { what, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Result<Value, ParseError> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("unexpected end of the text")),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'[') => self.array(depth + 1),
            Some(b'{') => self.object(depth + 1),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        let mut items = Vec::new();
        self.container(depth, b']', "expected `,` or `]`", |r| {
            items.push(r.value(depth)?);
            Ok(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        let mut map = Map::new();
        self.container(depth, b'}', "expected `,` or `}`", |r| {
            r.skip_space();
            if r.peek() != Some(b'"') {
                return Err(r.error("expected a key in double quotes"));
            }
            let key_at = r.at;
            let key = r.string()?;
            // A repeated key is refused rather than letting one value win:
            // these documents are medical records, and a silently dropped
            // answer ("chest pain", then "none") is worse than a refused file.
            if map.contains_key(&key) {
                r.at = key_at;
                return Err(r.error(REPEATED_KEY));
            }
            r.skip_space();
            if r.peek() != Some(b':') {
                return Err(r.error("expected `:`"));
            }
            r.at += 1;
            let value = r.value(depth)?;
            map.insert(key, value);
            Ok(())
        })?;
        Ok(Value::Object(map))
    }

    /// The grammar arrays and objects share, from the opening bracket to
    /// `close`: nothing, or members (each read by `member`) separated by
    /// commas. Refuses nesting deeper than [`MAX_DEPTH`], so a hostile file
    /// cannot exhaust the stack.
    fn container(
        &mut self,
        depth: usize,
        close: u8,
        expected: &'static str,
        mut member: impl FnMut(&mut Self) -> Result<(), ParseError>,
    ) -> Result<(), ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Ok(());
        }
        loop {
            member(self)?;
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    return Ok(());
                }
                _ => return Err(self.error(expected)),
            }
        }
    }

    fn number(&mut self) -> Result<Value, ParseError> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let first = self.peek();
        let whole = digits(self);
        if whole == 0 || (first == Some(b'0') && whole > 1) {
            return Err(self.number_error(start));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.number_error(start));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.number_error(start));
            }
        }
        // The bytes checked above are ASCII, so each is one character.
        let text: String = self.text[start..self.at]
            .iter()
            .map(|&b| char::from(b))
            .collect();
        Ok(Value::Number(Number(text)))
    }

    /// Points at the start of the number, where a person would look.
    fn number_error(&mut self, start: usize) -> ParseError {
        self.at = start;
        self.error("invalid number")
    }

    fn string(&mut self) -> Result<String, ParseError> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error("unterminated string"));
            };
            match byte {
                b'"' => {
                    self.at += 1;
                    // The input was text and escapes add whole characters.
                    return String::from_utf8(out).map_err(|_| self.error("invalid text"));
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    self.at += 1;
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(escaped.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.error("control character in a string")),
                _ => {
                    out.push(byte);
                    self.at += 1;
                }
            }
        }
    }

    /// Reads `uXXXX` (and a second `\uXXXX` for a surrogate pair); leaves
    /// `at` on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if self.text.get(self.at + 1..self.at + 3) != Some(b"\\u") {
                return Err(self.error("lone surrogate in a \\u escape"));
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.error("lone surrogate in a \\u escape"));
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or_else(|| self.error("lone surrogate in a \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let digits = self
            .text
            .get(self.at + 1..self.at + 5)
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        let mut code = 0;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or_else(|| self.error("invalid \\u escape"))?;
            code = code * 16 + v;
        }
        self.at += 4;
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_a_repeated_key_and_points_at_it() {
        let text = "{\"answers\": {\"emergency\": [\"chest_pain\"],\n \"emergency\": [\"none\"]}}";
        let err = Value::parse(text).expect_err("a repeated key is refused");
        assert_eq!(
            (err.what, err.line, err.column),
            ("a key is repeated", 2, 2)
        );
        // The same key in different objects is fine.
        assert!(Value::parse(r#"[{"a": 1}, {"a": 2}]"#).is_ok());
    }

    #[test]
    fn refuses_what_is_not_json_and_says_where() {
        for (text, line, column) in [
            ("", 1, 1),
            ("{", 1, 2),
            ("[1,]", 1, 4),
            ("{\"a\" 1}", 1, 6),
            ("{'a': 1}", 1, 2),
            ("01", 1, 1),
            ("1.", 1, 1),
            ("-", 1, 1),
            ("\"\\x\"", 1, 3),
            ("\"\\ud800\"", 1, 7),
            ("\"a\nb\"", 1, 3),
            ("[1] 2", 1, 5),
            ("nul", 1, 1),
            ("{\n  \"a\": tru\n}", 2, 8),
            // Columns count characters, not bytes.
            ("[\"é\", x]", 1, 7),
            ("{\"ü\": 1,\n \"😀\" 2}", 2, 6),
        ] {
            let e = Value::parse(text).expect_err(text);
            assert_eq!((e.line, e.column), (line, column), "{text:?}: {e}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        let deep = "[".repeat(100_000);
        assert_eq!(
            Value::parse(&deep).expect_err("too deep").what,
            "nested too deeply"
        );
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(Value::parse(&fine).is_ok());
    }
}
