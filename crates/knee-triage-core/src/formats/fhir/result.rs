//! The result of the triage as read-only items of the form: what a clinic
//! most needs to see first, in the same file as the answers.
//!
//! The Questionnaire ends with a `result` group: the level (computed by the
//! form itself, from the answers, with SDC's `calculatedExpression`), each
//! reason with its rule and articles, the likely causes, and when the result
//! was computed. The response fills them from the engine's own outcome, the
//! one the person was shown.

use crate::engine::small_sort::sort_small_by_key;
use crate::engine::Outcome;
use crate::formats::json::Value;
use crate::json;
use crate::knowledge::catalog::{text, Lang};
use crate::knowledge::{keys, Level, CAUSES, RULES, SOURCES};

use super::fhirpath::LEVEL_VARIABLE;
use super::narrative::Narrative;
use super::{ARTICLE_SYSTEM, CAUSE_SYSTEM, LEVEL_SYSTEM, RULE_SYSTEM};

/// The `linkId`s of the result's items.
pub const RESULT_LINK_ID: &str = "result";
/// The level of care, one of the four codes of [`LEVEL_SYSTEM`].
pub const LEVEL_LINK_ID: &str = "level";
const REASON: &str = "reason";
const REASON_RULE: &str = "reason-rule";
const REASON_LEVEL: &str = "reason-level";
const REASON_ARTICLE: &str = "reason-article";
const CAUSE: &str = "cause";
const CAUSE_RARE: &str = "cause-rare";
const CAUSE_ALSO: &str = "cause-also";
const COMPUTED: &str = "computed";

/// The items' texts. A record system needs one fixed language and the
/// widget never shows these, so they live here rather than in the locales,
/// like the assessment group's text.
const RESULT_TEXT: &str = "Result of the checker";
const LEVEL_TEXT: &str = "Level of care advised";
const REASON_TEXT: &str = "Reason for the advice";
const REASON_RULE_TEXT: &str = "Rule";
const REASON_LEVEL_TEXT: &str = "Level this rule calls for";
const REASON_ARTICLE_TEXT: &str = "Article the rule comes from";
/// The three blocks of causes, as the result page groups them
/// (`Outcome::causes_grouped`): what can explain the twitching; rare,
/// serious causes a doctor may want to rule out, which the page says most
/// people do not have; and, beside a warning sign, everyday triggers that
/// may add to it but do not explain the sign.
const CAUSE_TEXT: &str = "Likely cause (most likely first)";
const CAUSE_RARE_TEXT: &str = "Less common cause a doctor may want to rule out (rare)";
const CAUSE_ALSO_TEXT: &str = "Other thing that may add to the twitching";
/// The three cause items, in the page's order: `(linkId, text)`.
const CAUSE_BLOCKS: [(&str, &str); 3] = [
    (CAUSE, CAUSE_TEXT),
    (CAUSE_RARE, CAUSE_RARE_TEXT),
    (CAUSE_ALSO, CAUSE_ALSO_TEXT),
];
const COMPUTED_TEXT: &str = "Result computed at";
/// What stands for the emergency number in the texts: the form is the same
/// for every region, and the clinic knows its own number.
const EMERGENCY_NUMBER_WORDS: &str = "the emergency number";

const CALCULATED_EXPRESSION_URL: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";

fn english(key: &str) -> String {
    text(Lang::EN, key).replace("{emergency_number}", EMERGENCY_NUMBER_WORDS)
}

/// A level as a coding: the care card's name and what to do, for example
/// "Urgent advice: See a doctor today or tomorrow".
pub fn level_coding(level: Level) -> Value {
    let prefix = english(&keys::level_prefix(level));
    let title = english(&keys::level_title(level));
    json!({
        "system": LEVEL_SYSTEM,
        "code": level.id(),
        "display": format!("{prefix} {title}"),
    })
}

pub(super) fn rule_coding(id: &str) -> Value {
    json!({ "system": RULE_SYSTEM, "code": id, "display": english(&keys::rule_why(id)) })
}

pub(super) fn cause_coding(id: &str) -> Value {
    json!({ "system": CAUSE_SYSTEM, "code": id, "display": english(&keys::cause_name(id)) })
}

pub(super) fn article_coding(id: &str) -> Value {
    let title = SOURCES.iter().find(|s| s.id == id).map_or("", |s| s.title);
    json!({ "system": ARTICLE_SYSTEM, "code": id, "display": title })
}

fn options(codings: impl Iterator<Item = Value>) -> Value {
    codings
        .map(|c| json!({ "valueCoding": c }))
        .collect::<Vec<_>>()
        .into()
}

fn read_only(link_id: &str, text: &str, repeats: bool, answer_option: Value) -> Value {
    let mut item = json!({
        "linkId": link_id,
        "text": text,
        "type": "choice",
        "readOnly": true,
        "answerOption": answer_option,
    });
    if let (true, Value::Object(map)) = (repeats, &mut item) {
        map.insert("repeats".into(), true.into());
    }
    item
}

/// The Questionnaire's `result` group. With `computed`, `level` computes
/// itself from the [`LEVEL_VARIABLE`], picking its own option with that code.
pub fn result_group(computed: bool) -> Value {
    let levels = || options(Level::ALL.into_iter().map(level_coding));
    let mut level = read_only(LEVEL_LINK_ID, LEVEL_TEXT, false, levels());
    if let (true, Value::Object(item)) = (computed, &mut level) {
        item.insert(
            "extension".into(),
            json!([{
                "url": CALCULATED_EXPRESSION_URL,
                "valueExpression": {
                    "description": "The level's own option whose code is %level.",
                    "language": "text/fhirpath",
                    "expression": format!(
                        "%questionnaire.repeat(item).where(linkId = '{LEVEL_LINK_ID}').answerOption.valueCoding.where(code = %{LEVEL_VARIABLE})"
                    ),
                },
            }]),
        );
    }
    let [cause, cause_rare, cause_also] = CAUSE_BLOCKS.map(|(link, text)| {
        read_only(
            link,
            text,
            true,
            options(CAUSES.iter().map(|c| cause_coding(c.id))),
        )
    });
    json!({
        "linkId": RESULT_LINK_ID,
        "text": RESULT_TEXT,
        "type": "group",
        "readOnly": true,
        "item": [
            level,
            {
                "linkId": REASON,
                "text": REASON_TEXT,
                "type": "group",
                "readOnly": true,
                "repeats": true,
                "item": [
                    read_only(REASON_RULE, REASON_RULE_TEXT, false,
                        options(RULES.iter().map(|r| rule_coding(r.id)))),
                    read_only(REASON_LEVEL, REASON_LEVEL_TEXT, false, levels()),
                    read_only(REASON_ARTICLE, REASON_ARTICLE_TEXT, true,
                        options(SOURCES.iter().map(|s| article_coding(s.id)))),
                ],
            },
            cause,
            cause_rare,
            cause_also,
            {
                "linkId": COMPUTED,
                "text": COMPUTED_TEXT,
                "type": "dateTime",
                "readOnly": true,
            },
        ],
    })
}

/// The response's `result` item, the outcome the person was shown, and the
/// response's narrative, which says the same in words.
///
/// The causes are those the result page lists, in its three blocks (none in
/// an emergency, where the page shows only what to do), each most likely
/// first, so a rare cause is never read as the likely one. Each reason's
/// articles are in the page's order. `computed` is left out when no time is
/// given.
pub fn result_item(outcome: &Outcome, computed: &str) -> (Value, Value) {
    let answer = |c: Value| json!([{ "valueCoding": c }]);
    let mut text = Narrative::new();
    let level = level_coding(outcome.level);
    text.line(LEVEL_TEXT, &[level["display"].as_str().unwrap_or_default()]);
    let mut items = vec![json!({
        "linkId": LEVEL_LINK_ID,
        "text": LEVEL_TEXT,
        "answer": answer(level),
    })];
    for reason in &outcome.reasons {
        let rule = rule_coding(reason.rule);
        let why = format!(
            "{} ({})",
            rule["display"].as_str().unwrap_or_default(),
            reason.rule
        );
        text.line(REASON_TEXT, &[&why]);
        let mut parts = vec![
            json!({ "linkId": REASON_RULE, "text": REASON_RULE_TEXT, "answer": answer(rule) }),
            json!({ "linkId": REASON_LEVEL, "text": REASON_LEVEL_TEXT, "answer": answer(level_coding(reason.level)) }),
        ];
        if !reason.sources.is_empty() {
            let mut sorted = reason.sources.to_vec();
            sort_small_by_key(&mut sorted, |s| *s);
            let articles: Vec<Value> = sorted
                .iter()
                .map(|s| json!({ "valueCoding": article_coding(s) }))
                .collect();
            parts.push(json!({ "linkId": REASON_ARTICLE, "text": REASON_ARTICLE_TEXT, "answer": articles }));
        }
        items.push(json!({ "linkId": REASON, "text": REASON_TEXT, "item": parts }));
    }
    if outcome.level != Level::Emergency {
        let groups = outcome.causes_grouped();
        let blocks = [&groups.main, &groups.rare, &groups.also];
        for ((link, label), group) in CAUSE_BLOCKS.into_iter().zip(blocks) {
            if !group.is_empty() {
                let codings: Vec<Value> = group.iter().map(|c| cause_coding(c.cause)).collect();
                let names: Vec<&str> = codings
                    .iter()
                    .map(|c| c["display"].as_str().unwrap_or_default())
                    .collect();
                text.line(label, &names);
                let causes: Vec<Value> = codings
                    .into_iter()
                    .map(|c| json!({ "valueCoding": c }))
                    .collect();
                items.push(json!({ "linkId": link, "text": label, "answer": causes }));
            }
        }
    }
    if !computed.is_empty() {
        text.line(COMPUTED_TEXT, &[computed]);
        items.push(json!({
            "linkId": COMPUTED,
            "text": COMPUTED_TEXT,
            "answer": [{ "valueDateTime": computed }],
        }));
    }
    let item = json!({ "linkId": RESULT_LINK_ID, "text": RESULT_TEXT, "item": items });
    (item, text.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_displays_name_the_care_card_and_no_placeholder() {
        for level in Level::ALL {
            let c = level_coding(level);
            let display = c["display"].as_str().unwrap();
            assert!(!display.contains('{'), "{display}");
            assert!(display.len() > 10, "{display}");
        }
        assert!(level_coding(Level::Emergency)["display"]
            .as_str()
            .unwrap()
            .contains(EMERGENCY_NUMBER_WORDS));
    }

    #[test]
    fn every_rule_cause_and_article_has_a_display() {
        for r in RULES {
            assert!(
                !rule_coding(r.id)["display"].as_str().unwrap().is_empty(),
                "{}",
                r.id
            );
        }
        for c in CAUSES {
            assert!(
                !cause_coding(c.id)["display"].as_str().unwrap().is_empty(),
                "{}",
                c.id
            );
        }
        for s in SOURCES {
            assert_eq!(article_coding(s.id)["display"], s.title);
        }
    }
}
