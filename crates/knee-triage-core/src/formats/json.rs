//! A small JSON reader and writer for the widget's own documents.
//!
//! The widget reads and writes four small documents (answers, the device
//! record, the diary, FHIR resources). `serde_json` did this with a generic
//! deserializer, a tree map and float parsing and printing that the wasm
//! carried for every visitor; this module does only what those documents
//! need. Numbers keep their text, so no float code is involved: readers ask
//! for a whole number and get `None` for anything else. Object keys keep
//! their order. Nothing here panics, and nesting is limited so a hostile
//! file cannot exhaust the stack.

use std::fmt;

/// How deep arrays and objects may nest; the widget's documents use four.
const MAX_DEPTH: usize = 64;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number as written, already checked against JSON's grammar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(String);

impl Number {
    /// The number if it is written as a whole number that fits.
    pub fn as_u64(&self) -> Option<u64> {
        self.0.parse().ok()
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.0.parse().ok()
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An object's members in the order they were written or inserted.
/// Inserting a key again replaces its value; the reader refuses a document
/// that repeats a key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    pub fn new() -> Map {
        Map(Vec::new())
    }

    pub fn insert(&mut self, key: String, value: Value) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(at).1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (String, Value)>, MemberRef>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(member_ref)
    }
}

type MemberRef = for<'a> fn(&'a (String, Value)) -> (&'a String, &'a Value);

fn member_ref(member: &(String, Value)) -> (&String, &Value) {
    (&member.0, &member.1)
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(items: I) -> Map {
        let mut map = Map::new();
        items.into_iter().for_each(|(k, v)| map.insert(k, v));
        map
    }
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// A member of an object; `None` for a missing key or a non-object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|map| map.get(key))
    }

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

    /// Indented with two spaces, one member per line, for files people open.
    pub fn to_pretty_string(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out, Some(0));
        out
    }
}

/// `value["key"]`: the member, or `null` when missing, as in `serde_json`.
impl std::ops::Index<&str> for Value {
    type Output = Value;

    fn index(&self, key: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(key).unwrap_or(&NULL)
    }
}

impl PartialEq<&str> for Value {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl PartialEq<bool> for Value {
    fn eq(&self, other: &bool) -> bool {
        self.as_bool() == Some(*other)
    }
}

impl PartialEq<i64> for Value {
    fn eq(&self, other: &i64) -> bool {
        self.as_i64() == Some(*other)
    }
}

/// Compact JSON, as stored on the device.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        write_value(self, &mut out, None);
        f.write_str(&out)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

/// Borrowed values convert like owned ones, so `json!` takes either.
impl<T: Clone + Into<Value>> From<&T> for Value {
    fn from(value: &T) -> Value {
        value.clone().into()
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                Value::Number(Number(n.to_string()))
            }
        }
    )*};
}
whole_numbers!(u8, u16, u32, u64, usize, i32, i64);

/// For tests and tools; the widget itself only writes whole numbers. A
/// number that is not finite has no JSON form and becomes `null`.
impl From<f64> for Value {
    fn from(n: f64) -> Value {
        if !n.is_finite() {
            return Value::Null;
        }
        let mut text = n.to_string();
        if !text.contains(['.', 'e']) {
            text.push_str(".0");
        }
        Value::Number(Number(text))
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Value {
        Value::Array(items.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(item: Option<T>) -> Value {
        item.map_or(Value::Null, Into::into)
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value::Object(map)
    }
}

/// Builds a [`Value`] from JSON-like syntax: `json!({ "a": [1, x], "b": null })`.
/// Keys are string literals; values are `null`, nested `{}`/`[]`, or any
/// expression that converts into a `Value`.
#[macro_export]
macro_rules! json {
    (null) => { $crate::formats::json::Value::Null };
    ([ $($items:tt)* ]) => {
        $crate::formats::json::Value::Array($crate::json_items!([] $($items)*))
    };
    ({ $($members:tt)* }) => {{
        #[allow(unused_mut)]
        let mut map = $crate::formats::json::Map::new();
        $crate::json_members!(map; $($members)*);
        $crate::formats::json::Value::Object(map)
    }};
    ($value:expr) => { $crate::formats::json::Value::from($value) };
}

/// The items of a `json!` array (an implementation detail of `json!`).
#[doc(hidden)]
#[macro_export]
macro_rules! json_items {
    ([$($done:expr,)*]) => { vec![$($done,)*] };
    ([$($done:expr,)*] null $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!(null),] $($($rest)*)?)
    };
    ([$($done:expr,)*] [$($inner:tt)*] $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!([$($inner)*]),] $($($rest)*)?)
    };
    ([$($done:expr,)*] {$($inner:tt)*} $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!({$($inner)*}),] $($($rest)*)?)
    };
    ([$($done:expr,)*] $item:expr $(, $($rest:tt)*)?) => {
        $crate::json_items!([$($done,)* $crate::json!($item),] $($($rest)*)?)
    };
}

/// The members of a `json!` object (an implementation detail of `json!`).
#[doc(hidden)]
#[macro_export]
macro_rules! json_members {
    ($map:ident;) => {};
    ($map:ident; $key:literal : null $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!(null));
        $crate::json_members!($map; $($($rest)*)?);
    };
    ($map:ident; $key:literal : [$($inner:tt)*] $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!([$($inner)*]));
        $crate::json_members!($map; $($($rest)*)?);
    };
    ($map:ident; $key:literal : {$($inner:tt)*} $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!({$($inner)*}));
        $crate::json_members!($map; $($($rest)*)?);
    };
    ($map:ident; $key:literal : $value:expr $(, $($rest:tt)*)?) => {
        $map.insert($key.into(), $crate::json!($value));
        $crate::json_members!($map; $($($rest)*)?);
    };
}

/// What the reader says of an object that repeats a key, so callers can
/// tell this refusal from text that is not JSON at all.
pub const REPEATED_KEY: &str = "a key is repeated";

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub what: &'static str,
    pub line: usize,
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
        // Columns count characters, not bytes.
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
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
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error("expected `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let mut map = Map::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(map));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in double quotes"));
            }
            let key_at = self.at;
            let key = self.string()?;
            // A repeated key is refused rather than letting one value win:
            // these documents are medical records, and a silently dropped
            // answer ("chest pain", then "none") is worse than a refused file.
            if map.contains_key(&key) {
                self.at = key_at;
                return Err(self.error(REPEATED_KEY));
            }
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:`"));
            }
            self.at += 1;
            let value = self.value(depth)?;
            map.insert(key, value);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(map));
                }
                _ => return Err(self.error("expected `,` or `}`")),
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
        // The bytes checked above are ASCII, so this slice is valid text.
        let text = String::from_utf8_lossy(&self.text[start..self.at]).into_owned();
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

/// Writes `value`; `indent` is the current depth when pretty, `None` when compact.
fn write_value(value: &Value, out: &mut String, indent: Option<usize>) {
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        (0..depth).for_each(|_| out.push_str("  "));
    };
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.0),
        Value::String(s) => write_string(s, out),
        Value::Array(items) if items.is_empty() => out.push_str("[]"),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(depth) = indent {
                    newline(out, depth + 1);
                }
                write_value(item, out, indent.map(|d| d + 1));
            }
            if let Some(depth) = indent {
                newline(out, depth);
            }
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push('{');
            for (i, (key, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(depth) = indent {
                    newline(out, depth + 1);
                }
                write_string(key, out);
                out.push_str(if indent.is_some() { ": " } else { ":" });
                write_value(item, out, indent.map(|d| d + 1));
            }
            if let Some(depth) = indent {
                newline(out, depth);
            }
            out.push('}');
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 0xf] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value_and_writes_it_back() {
        let text = r#"{"a": [1, -2, 3.5e2, true, false, null], "b": {"c": "x\"\\\/\n\u00e9\ud83d\ude00"}, "": {}}"#;
        let v = Value::parse(text).expect("valid JSON");
        assert_eq!(v.get("a").and_then(Value::as_array).map(Vec::len), Some(6));
        assert_eq!(
            v.get("a").unwrap().as_array().unwrap()[1].as_i64(),
            Some(-2)
        );
        assert_eq!(v.get("a").unwrap().as_array().unwrap()[2].as_u64(), None);
        assert_eq!(
            v.get("b").unwrap().get("c").unwrap().as_str(),
            Some("x\"\\/\né😀")
        );
        let again = Value::parse(&v.to_string()).expect("own output is JSON");
        assert_eq!(again, v);
        assert_eq!(
            Value::parse(&v.to_pretty_string()).expect("pretty is JSON"),
            v
        );
    }

    #[test]
    fn keeps_the_order_of_members() {
        let v = Value::parse(r#"{"z": 1, "a": 2, "m": 3}"#).expect("valid");
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["z", "a", "m"]);
        assert_eq!(v.to_string(), r#"{"z":1,"a":2,"m":3}"#);
    }

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
    fn pretty_output_is_indented_by_two_spaces() {
        let v = crate::json!({ "a": [1, "b"], "c": {}, "d": [] });
        assert_eq!(
            v.to_pretty_string(),
            "{\n  \"a\": [\n    1,\n    \"b\"\n  ],\n  \"c\": {},\n  \"d\": []\n}"
        );
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

    #[test]
    fn control_characters_are_escaped_on_output() {
        let v = Value::from("a\u{1}b\tc");
        assert_eq!(v.to_string(), "\"a\\u0001b\\tc\"");
    }

    #[test]
    fn inserting_a_key_again_replaces_its_value() {
        let mut map = Map::new();
        map.insert("a".into(), Value::from(1u64));
        map.insert("a".into(), Value::from(2u64));
        assert_eq!(map.get("a").and_then(Value::as_u64), Some(2));
        assert_eq!(map.len(), 1);
    }
}
