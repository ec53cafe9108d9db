//! The files a person or a clinic keeps, each read without trusting it and
//! written in a documented, versioned form:
//!
//! - `answers_file`: the answers (download, load, the command-line check;
//!   docs/answers-format.md);
//! - `record`: what the browser keeps after the person opts in;
//! - `diary`: the symptom diary, its JSON and its CSV;
//! - `fhir`: the HL7 FHIR R4 Questionnaire and QuestionnaireResponse;
//! - `json`: the small JSON reader and writer they share;
//! - `refusal`: the words of the refusals they share.
//!
//! Every reader names the field at fault and never panics on input.

mod answers_file;
pub mod diary;
pub mod fhir;
pub mod json;
pub mod record;
pub(crate) mod refusal;

pub use answers_file::{FORMAT_NAME, FORMAT_VERSION};
