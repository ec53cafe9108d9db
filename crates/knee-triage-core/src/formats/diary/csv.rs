//! The diary as CSV for a doctor or a spreadsheet, made safe to open.

use super::Diary;

impl Diary {
    /// The diary as CSV for a doctor or a spreadsheet (RFC 4180): a header
    /// row `date,time,minutes,strength,side,triggers,notes`, one row per
    /// episode oldest first, ids in English, triggers joined with `;`, every
    /// line ending in CRLF. A field holding a comma, quote, CR or LF is
    /// quoted with its quotes doubled. Notes starting with `=`, `+`, `-`,
    /// `@`, tab or CR get a leading apostrophe, so a spreadsheet shows them
    /// as text instead of running them as a formula.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from("date,time,minutes,strength,side,triggers,notes\r\n");
        for e in &self.episodes {
            // Joined by hand rather than collected for `[&str]::join`, whose
            // copy of the standard join nothing else in the wasm needs.
            let mut triggers = String::new();
            for (i, t) in e.triggers.iter().enumerate() {
                if i > 0 {
                    triggers.push(';');
                }
                triggers.push_str(t.id());
            }
            let row = [
                e.at.date_text(),
                e.at.time_text(),
                e.minutes.to_string(),
                e.strength.to_string(),
                e.side.id().to_string(),
                triggers,
                defuse_formula(&e.notes),
            ];
            let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
            csv.push_str(&row.join(","));
            csv.push_str("\r\n");
        }
        csv
    }
}

/// Puts an apostrophe before text a spreadsheet would take for a formula
/// (OWASP's list: `=`, `+`, `-`, `@`, tab, CR), so opening the export cannot
/// run anything; the apostrophe shows the rest as plain text.
fn defuse_formula(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

/// One RFC 4180 field: quoted, with quotes doubled, when it holds a comma,
/// quote, CR or LF; as it is otherwise.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("a\nb"), "\"a\nb\"");
        assert_eq!(csv_field("a\rb"), "\"a\rb\"");
        assert_eq!(defuse_formula("\tx"), "'\tx");
        assert_eq!(defuse_formula("\rx"), "'\rx");
        assert_eq!(defuse_formula(""), "");
    }
}
