//! The triage engine: pure Rust, no web crates, tested natively.
//!
//! It takes a person's [`Answers`], decides which questions count, runs every
//! rule and clue of the knowledge, and returns an [`Outcome`] that names each
//! rule, cause, piece of advice and article by id, so every line of the
//! result can be traced back to the data a clinician reviewed. The files
//! a person keeps (answers, record, diary, FHIR) are in `formats`.

mod answers;
mod conditions;
mod flow;
pub mod small_sort;
mod triage;

pub(crate) use answers::{expected_type, intern_choice};
pub use answers::{Answer, AnswerError, Answers};
pub use conditions::{condition_holds, DiaryFacts, Evidence, DIARY_EVIDENCE};
pub use flow::{
    answers_as_read, answers_in_force, asked_questions, first_unanswered, has_emergency_sign,
};
pub use triage::{
    triage, triage_with_diary, CauseGroups, LikelyCause, Outcome, Reason, SelfCareGroups, WatchFor,
};
