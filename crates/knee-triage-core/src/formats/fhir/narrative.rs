//! The response's human-readable narrative (`text`): many record systems
//! show only this for a form they do not know, so it says first what a
//! clinician needs: the level, why, and the likely causes.

use crate::formats::json::Value;
use crate::json;

/// FHIR's XHTML `div`, one paragraph per line, written beside the result's
/// items from the same texts (status `generated`). Every text is escaped.
pub struct Narrative(String);

impl Narrative {
    pub fn new() -> Narrative {
        Narrative(String::from("<div xmlns=\"http://www.w3.org/1999/xhtml\">"))
    }

    /// `<p>label: text</p>`; the texts of several answers join with "; ".
    pub fn line(&mut self, label: &str, texts: &[&str]) {
        self.0.push_str("<p>");
        self.escaped(label);
        self.0.push(':');
        for (i, text) in texts.iter().enumerate() {
            self.0.push_str(if i == 0 { " " } else { "; " });
            self.escaped(text);
        }
        self.0.push_str("</p>");
    }

    fn escaped(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                _ => self.0.push(c),
            }
        }
    }

    pub fn finish(mut self) -> Value {
        self.0.push_str("</div>");
        json!({ "status": "generated", "div": self.0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_escaped_and_joined() {
        let mut n = Narrative::new();
        n.line("Level <b>", &["A & B", "C"]);
        assert_eq!(
            n.finish()["div"],
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Level &lt;b&gt;: A &amp; B; C</p></div>"
        );
    }
}
