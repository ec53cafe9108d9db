//! How catalog keys are named for knowledge items.
//!
//! The UI and the completeness test both build keys here, so the catalogs,
//! the screens and the test can never disagree about a key's spelling.

use super::{AnswerKind, Level, CAUSES, DOCTOR_STEPS, QUESTIONS, REMEDIES, RULES};

/// The question as asked, the page heading.
pub fn question_title(q: &str) -> String {
    format!("question.{q}.title")
}
/// The short help under the question.
pub fn question_hint(q: &str) -> String {
    format!("question.{q}.hint")
}
/// A few words naming the question, for "Check your answers" and the summary.
pub fn question_short(q: &str) -> String {
    format!("question.{q}.short")
}
/// The unit after a number answer ("cups a day").
pub fn question_unit(q: &str) -> String {
    format!("question.{q}.unit")
}
/// The unit after exactly one ("cup a day"): both languages need it.
pub fn question_unit_one(q: &str) -> String {
    format!("question.{q}.unit_one")
}
/// A choice's label, keyed under its question because ids such as `none` recur
/// with different meanings.
pub fn choice(q: &str, c: &str) -> String {
    format!("question.{q}.choice.{c}")
}
/// Why the rule fired, said to the person ("You said your leg feels weak").
pub fn rule_why(rule: &str) -> String {
    format!("rule.{rule}.why")
}
/// The sign to watch for, when it has not happened yet.
pub fn rule_watch(rule: &str) -> String {
    format!("rule.{rule}.watch")
}
/// The cause's name in the list of likely causes.
pub fn cause_name(c: &str) -> String {
    format!("cause.{c}.name")
}
/// How this cause can lead to twitching.
pub fn cause_about(c: &str) -> String {
    format!("cause.{c}.about")
}
/// What to do about this cause.
pub fn cause_todo(c: &str) -> String {
    format!("cause.{c}.todo")
}
/// The self-care card's heading.
pub fn remedy_title(h: &str) -> String {
    format!("remedy.{h}.title")
}
/// Why the advice helps.
pub fn remedy_helps(h: &str) -> String {
    format!("remedy.{h}.helps")
}
/// How to do it.
pub fn remedy_how(h: &str) -> String {
    format!("remedy.{h}.how")
}
/// What a doctor may do, in one line.
pub fn doctor_step(d: &str) -> String {
    format!("doctor.{d}")
}
/// The care card heading ("Get help now").
pub fn level_title(l: Level) -> String {
    format!("level.{}.title", l.id())
}
/// The visually hidden prefix read before the card ("Immediate action required:").
pub fn level_prefix(l: Level) -> String {
    format!("level.{}.prefix", l.id())
}
/// The call to action, with its time frame.
pub fn level_action(l: Level) -> String {
    format!("level.{}.action", l.id())
}

/// The heading over the signs that would call for this level
/// ("Call {emergency_number} if you notice:").
pub fn level_watch(l: Level) -> String {
    format!("level.{}.watch", l.id())
}

/// Every key the knowledge needs, so a catalog can be checked for gaps.
pub fn knowledge_keys() -> Vec<String> {
    let mut keys = Vec::new();
    for q in QUESTIONS {
        keys.extend([
            question_title(q.id),
            question_hint(q.id),
            question_short(q.id),
        ]);
        if let AnswerKind::Number { .. } = q.kind {
            keys.extend([question_unit(q.id), question_unit_one(q.id)]);
        }
        keys.extend(q.choices.iter().map(|c| choice(q.id, c.id)));
    }
    for r in RULES {
        keys.push(rule_why(r.id));
        if r.watchable() {
            keys.push(rule_watch(r.id));
        }
    }
    for c in CAUSES {
        keys.extend([cause_name(c.id), cause_about(c.id), cause_todo(c.id)]);
    }
    for h in REMEDIES {
        keys.extend([remedy_title(h.id), remedy_helps(h.id), remedy_how(h.id)]);
    }
    keys.extend(DOCTOR_STEPS.iter().map(|d| doctor_step(d.id)));
    keys.extend(DIARY_EVIDENCE_IDS.iter().map(|e| diary_evidence(e)));
    for l in Level::ALL {
        keys.extend([level_title(l), level_prefix(l), level_action(l)]);
        if l > Level::SelfCare {
            keys.push(level_watch(l));
        }
    }
    keys
}

/// What a diary-based reason shows as its evidence ("Your diary: ...").
pub fn diary_evidence(id: &str) -> String {
    format!("diary.evidence.{id}")
}

/// The evidence ids the engine reports for diary conditions.
pub const DIARY_EVIDENCE_IDS: &[&str] = &["over_two_weeks", "rising"];

/// The key prefixes that belong to the knowledge; any catalog key with one of
/// these prefixes must be in [`knowledge_keys`], or it is text nothing shows.
pub const KNOWLEDGE_PREFIXES: &[&str] = &[
    "question.",
    "rule.",
    "cause.",
    "remedy.",
    "doctor.",
    "level.",
    "diary.evidence.",
];
