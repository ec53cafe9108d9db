//! The medical knowledge of the widget, kept as plain data.
//!
//! Everything a clinician needs to review lives in the tables of this module's
//! files: the questions and when they are asked, the warning-sign rules and the
//! level each one sets, the contributing causes and the answers that point to
//! them, the self-care advice and what a doctor may do. Each entry names the
//! articles (S0..S4) it comes from. No control flow lives here: the engine reads
//! these tables, so changing medical content never means changing Rust logic.

pub mod catalog;
#[cfg(test)]
mod catalog_file;
mod causes;
mod clues;
pub mod diary_signs;
pub mod emergency;
pub mod keys;
pub mod language_file;
mod questions;
mod remedies;
mod rules;
mod sources;

pub use causes::CAUSES;
pub use clues::CLUES;
pub use questions::{EMERGENCY_QUESTION, QUESTIONS};
pub use remedies::REST_THE_LEG;
pub use remedies::{DOCTOR_STEPS, REMEDIES};
pub use rules::{LIFESTYLE_TRIGGER, RULES, SAYS_LESS_THAN};
pub use sources::SOURCES;

use serde::Serialize;

/// How urgently a person needs care, from least to most.
///
/// The order is the whole point: the engine takes the highest level any rule
/// sets, so a new sign can only ever raise the advice, never lower it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Likely harmless: look after yourself at home, with clear signs to watch.
    SelfCare,
    /// Book a normal appointment, within about two weeks.
    Routine,
    /// See a doctor as soon as possible: today or tomorrow.
    Urgent,
    /// Call the emergency number or go to an emergency department now.
    Emergency,
}

impl Level {
    /// Every level, from least to most urgent.
    pub const ALL: [Level; 4] = [
        Level::SelfCare,
        Level::Routine,
        Level::Urgent,
        Level::Emergency,
    ];

    /// The stable id used in files, catalogs and CSS classes.
    pub fn id(self) -> &'static str {
        match self {
            Level::SelfCare => "self_care",
            Level::Routine => "routine",
            Level::Urgent => "urgent",
            Level::Emergency => "emergency",
        }
    }
}

/// One of the five source articles, by its short id in content-coverage.md.
pub type SourceId = &'static str;

/// A published article the medical content is taken from.
#[derive(Debug)]
pub struct Source {
    /// The short id (S0..S4) every table cites.
    pub id: SourceId,
    /// The article's own title, kept in its original language because it is a
    /// citation, not text of ours.
    pub title: &'static str,
}

/// How a question is answered, which also fixes its JSON type in answer files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerKind {
    /// Exactly one option (radios); options are listed from least to most
    /// so that "at least" conditions can compare them.
    One,
    /// Any number of options (checkboxes). Options marked `exclusive` (such as
    /// "None of these") cannot be combined with others.
    Many,
    /// A whole number within `min..=max` (for example cups of coffee a day).
    Number {
        /// The smallest number accepted.
        min: u32,
        /// The largest number accepted.
        max: u32,
    },
}

/// A choice a person can pick.
#[derive(Debug)]
pub struct Choice {
    /// Stable id, used in answer files and catalog keys; never translated.
    pub id: &'static str,
    /// "None of these" and "Not sure" stand alone in a multi-choice question.
    pub exclusive: bool,
}

/// Shorthand for a choice that can be combined with others.
pub const fn choice(id: &'static str) -> Choice {
    Choice {
        id,
        exclusive: false,
    }
}

/// Shorthand for "None of these" / "Not sure": it cannot be combined.
pub const fn alone(id: &'static str) -> Choice {
    Choice {
        id,
        exclusive: true,
    }
}

/// One page of the questionnaire.
#[derive(Debug)]
pub struct Question {
    /// Stable id used in answer files, FHIR `linkId`s and catalog keys.
    pub id: &'static str,
    /// How it is answered, which fixes its JSON type.
    pub kind: AnswerKind,
    /// The options, in the order shown; for ordered questions, least to most.
    pub choices: &'static [Choice],
    /// The question is asked only when this holds; answers to questions that
    /// are not asked are ignored, so a changed earlier answer can never leave a
    /// stale later answer in force.
    pub asked_when: When,
    /// The choice an asked question counts as when an answers file leaves it
    /// out: the cautious "not sure". `None` where no choice means "not sure";
    /// such a question left out stays unanswered, and a warning-sign question
    /// left out raises the level on its own (rule U1), because a sign that
    /// was never asked about cannot be ruled out.
    pub if_missing: Option<&'static str>,
    /// The articles the question comes from.
    pub sources: &'static [SourceId],
}

/// A condition on the answers, written as data so it reads like the article.
#[derive(Debug)]
pub enum When {
    /// Holds for everyone.
    Always,
    /// The person picked this choice for this question.
    Picked(&'static str, &'static str),
    /// The person picked this choice or one later in the question's list
    /// (choices of ordered questions go from least to most).
    AtLeast(&'static str, &'static str),
    /// The number given is at least this.
    NumberAtLeast(&'static str, u32),
    /// The question was answered with anything but its exclusive "none" choice.
    AnyPickedBut(&'static str, &'static str),
    /// The symptom diary covers more than two weeks of twitching.
    DiaryOverTwoWeeks,
    /// The symptom diary shows twitching becoming more frequent.
    DiaryRising,
    /// The question was asked but not answered (only a loaded file can leave
    /// an asked question out; the questionnaire itself always asks).
    Unanswered(&'static str),
    /// The condition does not hold. Used only for "no trigger a person could
    /// change": a sign is never written as the absence of another.
    Not(&'static When),
    /// Every condition holds.
    All(&'static [When]),
    /// At least one condition holds.
    Any(&'static [When]),
}

/// A warning sign or safety rule: when it holds, the level is at least `level`.
#[derive(Debug)]
pub struct Rule {
    /// Stable id, shown to reviewers and in the CLI output.
    pub id: &'static str,
    /// The content-coverage ids (R1..R16, or the emergency check) it implements.
    pub covers: &'static [&'static str],
    /// When the sign holds, written as data so it reads like the article.
    pub when: When,
    /// The least level the sign calls for.
    pub level: Level,
    /// The articles that name the sign.
    pub sources: &'static [SourceId],
}

/// Advice that tells a person to see a doctor when `when` holds.
///
/// Written beside the text that says it, so a test can prove the level is
/// then at least `level`: a care card that says "look after yourself" next
/// to a card that says "see a doctor about this" would leave a worried
/// person to pick the advice they prefer.
#[derive(Debug)]
pub struct SeeDoctor {
    /// When the advice sends the person to a doctor.
    pub when: When,
    /// How soon it says to go: the outcome's level is then at least this.
    pub level: Level,
}

/// A contributing cause of knee twitching (C1..C13).
#[derive(Debug)]
pub struct Cause {
    /// Its id in content-coverage.md (C1..C13).
    pub id: &'static str,
    /// Rare, serious conditions are worded calmly and only named when the
    /// answers point there (never from twitching alone).
    pub rare: bool,
    /// An everyday trigger that settles with self-care (tired muscles, too
    /// little water, stress, caffeine, short sleep). When a warning sign
    /// holds it does not explain that sign, so it is never listed first:
    /// it is shown apart, as something that may add to the twitching.
    pub everyday: bool,
    /// When the cause's "what to do" text sends the person to a doctor.
    pub see_doctor: &'static [SeeDoctor],
    /// The articles that name the cause.
    pub sources: &'static [SourceId],
}

/// An answer pattern that points to a cause; clues add up, so the cause with
/// the most weight is listed first.
#[derive(Debug)]
pub struct Clue {
    /// Stable id: the cause and what it notices (`C4-caffeine-4-cups`).
    pub id: &'static str,
    /// The cause it points to.
    pub cause: &'static str,
    /// The answers that make it hold.
    pub when: When,
    /// 3 for a direct trigger in the articles, 2 for a strong hint, 1 for a
    /// weak one that only adds to others.
    pub weight: u8,
    /// The articles behind it.
    pub sources: &'static [SourceId],
}

/// When a piece of self-care advice is worth showing.
#[derive(Debug)]
pub enum Fits {
    /// Useful for anyone with knee twitching.
    Everyone,
    /// Useful when one of these causes is likely.
    Causes(&'static [&'static str]),
    /// Useful when the answers show this.
    Answers(When),
}

/// Self-care advice (H1..H11).
#[derive(Debug)]
pub struct Remedy {
    /// Stable id: the spec id (H4), or the spec id and a variant (H4-rest-cold).
    pub id: &'static str,
    /// The content-coverage id of the remedy it gives.
    pub covers: &'static str,
    /// Whom it is worth showing to.
    pub fits: Fits,
    /// Never shown when this holds: advice that could harm with that sign.
    pub not_with: Option<When>,
    /// Advice that is itself a visit (ask a doctor for a blood test) is only
    /// shown when the level already asks for that visit.
    pub see_doctor: &'static [SeeDoctor],
    /// The articles that give the advice.
    pub sources: &'static [SourceId],
}

/// Something a doctor may do at a visit, shown when a visit is advised.
#[derive(Debug)]
pub struct DoctorStep {
    /// Stable id, also its catalog key.
    pub id: &'static str,
    /// Shown only when one of these causes is likely; empty means always.
    pub only_for: &'static [&'static str],
    /// The articles that name the step.
    pub sources: &'static [SourceId],
}

/// Looks a question up by id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Whether a question left out of an answers file leaves a warning sign
/// that cannot be ruled out (it is named by the rule for missing answers,
/// U1); otherwise it asks about a trigger, and left out it names none.
pub fn sign_unknown_if_missing(question_id: &str) -> bool {
    RULES
        .iter()
        .filter(|r| r.covers.contains(&"MISSING"))
        .any(|r| {
            let mut named = Vec::new();
            r.when.leaves(&mut named);
            named.iter().any(|(q, _)| *q == question_id)
        })
}

/// Looks a cause up by id.
pub fn cause(id: &str) -> Option<&'static Cause> {
    CAUSES.iter().find(|c| c.id == id)
}

impl When {
    /// Whether the condition reads the diary rather than an answer: such a
    /// sign is shown as a reason when present, but is not something a person
    /// can watch for.
    pub fn uses_diary(&self) -> bool {
        match self {
            When::DiaryOverTwoWeeks | When::DiaryRising => true,
            When::All(parts) | When::Any(parts) => parts.iter().any(When::uses_diary),
            When::Not(inner) => inner.uses_diary(),
            _ => false,
        }
    }

    /// Every (question, choice) this condition names, for the test that
    /// proves each one exists; a choice of `None` names the question only.
    pub fn leaves(&self, out: &mut Vec<(&'static str, Option<&'static str>)>) {
        match self {
            When::Always | When::DiaryOverTwoWeeks | When::DiaryRising => {}
            When::Picked(q, c) | When::AtLeast(q, c) | When::AnyPickedBut(q, c) => {
                out.push((q, Some(c)))
            }
            When::NumberAtLeast(q, _) | When::Unanswered(q) => out.push((q, None)),
            When::Not(inner) => inner.leaves(out),
            When::All(parts) | When::Any(parts) => parts.iter().for_each(|p| p.leaves(out)),
        }
    }
}

impl Rule {
    /// Whether a person can watch for this sign before it happens: not the
    /// baseline, not what the diary shows, and not a missing answer.
    pub fn watchable(&self) -> bool {
        self.level > Level::SelfCare && !self.when.uses_diary() && !self.covers.contains(&"MISSING")
    }
}

impl Question {
    /// Position of a choice in this question's list, used for "at least".
    pub fn choice_index(&self, id: &str) -> Option<usize> {
        self.choices.iter().position(|c| c.id == id)
    }
}

/// Questions are identified by their id, which is unique in the table.
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
