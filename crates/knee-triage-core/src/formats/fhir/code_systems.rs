//! The code systems the Questionnaire and the responses use, as FHIR R4
//! `CodeSystem` resources in one Bundle, so a clinic's terminology server
//! can resolve every code a file holds: the answers, the levels, the rules,
//! the causes and the articles.

use crate::formats::json::Value;
use crate::json;
use crate::knowledge::{Level, CAUSES, QUESTIONS, RULES, SOURCES};

use super::fhirpath::var_name;
use super::result::{article_coding, cause_coding, level_coding, rule_coding};
use super::{coding, QUESTIONNAIRE_VERSION};
use super::{ANSWER_SYSTEM, ARTICLE_SYSTEM, CAUSE_SYSTEM, LEVEL_SYSTEM, RULE_SYSTEM};

/// One concept from a coding (its code and display).
fn concept(coding: &Value) -> Value {
    json!({ "code": coding["code"].clone(), "display": coding["display"].clone() })
}

fn code_system(id: &str, url: &str, title: &str, description: &str, concepts: Vec<Value>) -> Value {
    json!({
        "resourceType": "CodeSystem",
        "id": id,
        "url": url,
        "version": QUESTIONNAIRE_VERSION,
        // A computable name, as the variables have: `KneeTwitchingAnswers`.
        "name": var_name("", id),
        "title": title,
        "status": "active",
        "description": description,
        "caseSensitive": true,
        "content": "complete",
        "count": concepts.len(),
        "concept": concepts,
    })
}

/// Every code system, in a Bundle of type `collection`.
///
/// Versions follow the Questionnaire's: they change together.
pub fn code_systems() -> Value {
    let answers: Vec<Value> = QUESTIONS
        .iter()
        .flat_map(|q| q.choices.iter().map(|c| concept(&coding(q.id, c.id))))
        .collect();
    let systems = [
        code_system(
            "knee-twitching-answers",
            ANSWER_SYSTEM,
            "Knee twitching checker: answers",
            "Each choice of each question, as <question>.<choice>.",
            answers,
        ),
        code_system(
            "knee-twitching-levels",
            LEVEL_SYSTEM,
            "Knee twitching checker: levels of care",
            "The four levels of care, from least to most urgent.",
            Level::ALL.into_iter().map(|l| concept(&level_coding(l))).collect(),
        ),
        code_system(
            "knee-twitching-rules",
            RULE_SYSTEM,
            "Knee twitching checker: rules",
            "Each rule of the triage, by its id in the knowledge; the display is the reason as the person reads it.",
            RULES.iter().map(|r| concept(&rule_coding(r.id))).collect(),
        ),
        code_system(
            "knee-twitching-causes",
            CAUSE_SYSTEM,
            "Knee twitching checker: likely causes",
            "The causes the checker can name, by their ids in the content coverage.",
            CAUSES.iter().map(|c| concept(&cause_coding(c.id))).collect(),
        ),
        code_system(
            "knee-twitching-articles",
            ARTICLE_SYSTEM,
            "Knee twitching checker: articles",
            "The articles the rules and the advice come from (T0: the standard emergency check of telephone and online triage).",
            SOURCES.iter().map(|s| concept(&article_coding(s.id))).collect(),
        ),
    ];
    json!({
        "resourceType": "Bundle",
        "id": "knee-twitching-code-systems",
        "type": "collection",
        "entry": systems
            .into_iter()
            .map(|s| {
                let url = s["url"].as_str().unwrap_or_default().to_string();
                json!({ "fullUrl": url, "resource": s })
            })
            .collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_a_file_can_hold_is_in_its_system() {
        let bundle = code_systems();
        let entries = bundle["entry"].as_array().unwrap();
        assert_eq!(entries.len(), 5);
        let count = |url: &str| {
            entries
                .iter()
                .find(|e| e["fullUrl"] == url)
                .map(|e| e["resource"]["concept"].as_array().unwrap().len())
                .unwrap()
        };
        let choices: usize = QUESTIONS.iter().map(|q| q.choices.len()).sum();
        assert_eq!(count(ANSWER_SYSTEM), choices);
        assert_eq!(count(LEVEL_SYSTEM), 4);
        assert_eq!(count(RULE_SYSTEM), RULES.len());
        assert_eq!(count(CAUSE_SYSTEM), CAUSES.len());
        assert_eq!(count(ARTICLE_SYSTEM), SOURCES.len());
    }
}
