//! The writer: compact JSON for the device, indented JSON for files people
//! open.

use std::fmt;

use super::Value;

impl Value {
    /// Indented with two spaces, one member per line, for files people open.
    pub fn to_pretty_string(&self) -> String {
        let mut out = String::new();
        write_value(self, &mut out, Some(0));
        out
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
    fn pretty_output_is_indented_by_two_spaces() {
        let v = crate::json!({ "a": [1, "b"], "c": {}, "d": [] });
        assert_eq!(
            v.to_pretty_string(),
            "{\n  \"a\": [\n    1,\n    \"b\"\n  ],\n  \"c\": {},\n  \"d\": []\n}"
        );
    }

    #[test]
    fn control_characters_are_escaped_on_output() {
        let v = Value::from("a\u{1}b\tc");
        assert_eq!(v.to_string(), "\"a\\u0001b\\tc\"");
    }
}
