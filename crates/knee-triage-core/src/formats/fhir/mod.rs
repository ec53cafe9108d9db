//! HL7 FHIR R4 export: the questionnaire as a `Questionnaire` and a person's
//! answers as a `QuestionnaireResponse` (docs/fhir.md).
//!
//! A clinic's record system cannot read our own answers file, but most can
//! read FHIR. Both resources are built from the same knowledge tables the
//! widget asks from, so the export can never describe a question the widget
//! does not ask or a choice it does not offer:
//!
//! - every item's `linkId` is the question id, which is already stable
//!   (it is also the key in answers files and catalogs);
//! - every choice is a `Coding` in one code system of ours, with the code
//!   `<question>.<choice>`, because choice ids such as `none` or `not_sure`
//!   recur across questions with different meanings and a code system gives
//!   each code one display;
//! - each question's `asked_when` becomes `enableWhen`, so a FHIR form filler
//!   shows exactly the questions the widget shows. A condition FHIR cannot
//!   express is an error from [`enable_when`] that the tests fail on, never
//!   a condition silently dropped.
//!
//! Texts are English, from the catalog, because the catalog's English is the
//! reviewed wording and a record system needs one fixed language. The export
//! holds the answers and the result: no name, no identifier, no patient
//! reference.
//!
//! Pure Rust, built with the widget's own `formats::json`; nothing here panics.
//!
//! - `enable_when`: the widget's "asked when" conditions in FHIR's terms;
//! - `questionnaire`: the form itself;
//! - `fhirpath`: the triage rules as SDC variables, so the form computes
//!   the level itself;
//! - `result`: the level, the reasons and the causes as read-only items;
//! - `response`: a person's answers to it, and the result they were shown;
//! - `code_systems`: every code those use, as CodeSystem resources.

use crate::formats::json::Value;
use crate::json;
use crate::knowledge::catalog::{text, Lang};
use crate::knowledge::{keys, AnswerKind, Question};

mod code_systems;
mod enable_when;
pub mod fhirpath;
mod narrative;
mod questionnaire;
mod response;
mod result;

pub use code_systems::code_systems;
pub use enable_when::{enable_when, EnableWhen};
pub use questionnaire::questionnaire;
pub use response::questionnaire_response;
pub use result::{level_coding, LEVEL_LINK_ID, RESULT_LINK_ID};

/// The canonical URL of the Questionnaire. Responses point at it (with the
/// version), so it must not change while the questions keep their meaning.
pub const QUESTIONNAIRE_URL: &str = "http://knee-triage.example/fhir/Questionnaire/knee-twitching";

/// The Questionnaire's business version. Raise it (and regenerate
/// docs/fhir/questionnaire.json) whenever a question, choice or condition
/// changes meaning, so old responses still name the form they answered.
pub const QUESTIONNAIRE_VERSION: &str = "3";

/// The code system of the answer codes `<question>.<choice>`.
pub const ANSWER_SYSTEM: &str = "http://knee-triage.example/fhir/CodeSystem/knee-twitching-answers";

/// The code system of the four levels of care (`self_care`, `routine`,
/// `urgent`, `emergency`: `Level::id`).
pub const LEVEL_SYSTEM: &str = "http://knee-triage.example/fhir/CodeSystem/knee-twitching-levels";

/// The code system of the rules, by their ids in the knowledge (`R4-weakness`).
pub const RULE_SYSTEM: &str = "http://knee-triage.example/fhir/CodeSystem/knee-twitching-rules";

/// The code system of the causes, by their ids in content-coverage.md (`C1`).
pub const CAUSE_SYSTEM: &str = "http://knee-triage.example/fhir/CodeSystem/knee-twitching-causes";

/// The code system of the articles the rules come from (`S0`..`S4`, `T0`).
pub const ARTICLE_SYSTEM: &str =
    "http://knee-triage.example/fhir/CodeSystem/knee-twitching-articles";

/// The `linkId` of the group holding every question after the emergency
/// check. It is a group so that one `enableWhen` ("no emergency sign") covers
/// the whole rest of the form, as an emergency sign ends the widget at once.
pub const GROUP_LINK_ID: &str = "assessment";

/// The group's text. The catalog has no key for it and it is never shown in
/// the widget, so it lives here rather than in the locales.
const GROUP_TEXT: &str = "About the knee twitching";

/// The choice of the emergency check that opens the rest of the form.
const NO_EMERGENCY: &str = "none";

const MIN_VALUE_URL: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE_URL: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
/// Core R4 extension marking "None of these" / "Not sure" as options that
/// cannot be combined with others, as in the widget.
const OPTION_EXCLUSIVE_URL: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";

/// The code of a choice: `<question>.<choice>`, for example
/// `emergency.none`, unique across the whole questionnaire.
pub fn answer_code(question_id: &str, choice_id: &str) -> String {
    format!("{question_id}.{choice_id}")
}

/// Whether a question is a plain no/yes question, exported as a FHIR
/// `boolean` item: a record system can then query it as true/false instead
/// of knowing our codes. A question with a third choice ("Not sure") stays a
/// `choice`, since a boolean cannot say "not sure".
pub fn is_yes_no(q: &Question) -> bool {
    let has = |id: &str| q.choices.iter().any(|c| c.id == id);
    q.kind == AnswerKind::One && q.choices.len() == 2 && has("no") && has("yes")
}

fn coding(question_id: &str, choice_id: &str) -> Value {
    json!({
        "system": ANSWER_SYSTEM,
        "code": answer_code(question_id, choice_id),
        "display": text(Lang::EN, &keys::choice(question_id, choice_id)),
    })
}

fn title(q: &Question) -> String {
    text(Lang::EN, &keys::question_title(q.id)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::question;

    #[test]
    fn codes_name_their_question() {
        assert_eq!(answer_code("emergency", "none"), "emergency.none");
    }

    #[test]
    fn only_plain_no_yes_questions_are_booleans() {
        assert!(is_yes_no(question("lifestyle_tried").unwrap()));
        assert!(!is_yes_no(question("medicine_change").unwrap()));
        assert!(!is_yes_no(question("restless_legs").unwrap()));
    }
}
