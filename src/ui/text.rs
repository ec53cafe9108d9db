//! Words on screen: every string comes from the language's catalog.

use yew::prelude::*;

use crate::engine::Answer;
use crate::knowledge::catalog::{Lang, Wording};
use crate::knowledge::emergency::tel_href;
use crate::knowledge::keys;

/// What every component needs to write text: the language and the local
/// emergency number, shared through a Yew context.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    pub lang: Lang,
    pub emergency_number: AttrValue,
    /// The visitor's region ("US", "GB"), when known.
    pub region: Option<AttrValue>,
    /// The catalog as this visitor reads it, chosen once by [`Words::new`]:
    /// their region's wording only while the number shown is that region's
    /// own. The build's pre-rendering of the early screens sets it directly,
    /// to draw each region's wording around a stand-in for the number.
    pub wording: Wording,
}

impl Words {
    /// The words for a language, the number shown and the visitor's region.
    /// "GP surgery" and "A&E" for a visitor from Great Britain, "doctor's
    /// office" and "emergency room" for one from the US, words that work
    /// anywhere for everyone else (`knowledge::catalog`); the place to go
    /// and the number to call always belong to the same country.
    pub fn new(lang: Lang, emergency_number: AttrValue, region: Option<AttrValue>) -> Words {
        let wording = Wording::for_visitor(lang, region.as_deref(), &emergency_number);
        Words {
            lang,
            emergency_number,
            region,
            wording,
        }
    }

    /// The BCP 47 tag that dates and numbers are written for ("en-US",
    /// "es"): the language shown, with the visitor's region when known.
    pub fn locale(&self) -> String {
        match &self.region {
            Some(region) => format!("{}-{region}", self.lang.tag()),
            None => self.lang.tag().to_string(),
        }
    }

    /// The catalog text for a key in this language, as the visitor's region
    /// words it (see [`Words::new`]).
    fn text<'a>(&self, key: &'a str) -> &'a str {
        self.wording.text(key)
    }

    /// The catalog text for a key, with `{emergency_number}` filled in.
    pub fn get(&self, key: &str) -> String {
        self.fill(key, &[])
    }

    /// The catalog text with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        let mut out = self
            .text(key)
            .replace("{emergency_number}", &self.emergency_number);
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// The catalog text as markup, with the emergency number as a `tel:`
    /// link wherever it appears: on a phone, one tap calls it, which is what
    /// a person in an emergency needs rather than a number to copy.
    pub fn rich(&self, key: &str) -> Html {
        let source = self.text(key);
        let number = &self.emergency_number;
        let href = tel_href(number);
        let parts = source
            .split("{emergency_number}")
            .enumerate()
            .map(|(i, part)| {
                html! {
                    <>
                        if i > 0 {
                            <a class="kt-tel" href={href.clone()}>{ number.clone() }</a>
                        }
                        { part }
                    </>
                }
            });
        html! { <>{ for parts }</> }
    }

    /// An answer as a person reads it: choice labels, or the number and unit.
    pub fn answer(&self, question: &str, answer: &Answer) -> String {
        match answer {
            Answer::One(c) => self.get(&keys::choice(question, c)),
            Answer::Many(cs) => cs
                .iter()
                .map(|c| self.get(&keys::choice(question, c)))
                .collect::<Vec<_>>()
                .join("; "),
            Answer::Number(n) => self.amount(question, *n),
        }
    }

    /// A number with its unit, singular for exactly one ("1 cup a day").
    pub fn amount(&self, question: &str, n: u32) -> String {
        let unit = if n == 1 {
            keys::question_unit_one(question)
        } else {
            keys::question_unit(question)
        };
        format!("{n} {}", self.get(&unit))
    }
}

/// The words of the nearest provider; English with 112 if there is none.
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or_else(|| Words::new(Lang::EN, AttrValue::Static("112"), None))
}
