//! Runs the knowledge on a set of answers and explains the result.

use std::cmp::Reverse;

use serde::Serialize;

use super::answers::Answers;
use super::conditions::{holds, DiaryFacts, Evidence, Facts};
use super::flow::read_cautiously;
use super::small_sort::{sort_small_by, sort_small_by_key};
use crate::knowledge::{
    Fits, Level, SourceId, CAUSES, CLUES, DOCTOR_STEPS, REMEDIES, RULES, SAYS_LESS_THAN, SOURCES,
};

/// Everything the result page shows, as ids into the knowledge and catalog.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The highest level set by any rule that holds.
    pub level: Level,
    /// Every rule that holds, most urgent first, with the answers behind it.
    pub reasons: Vec<Reason>,
    /// Likely contributing causes, most likely first.
    pub causes: Vec<LikelyCause>,
    /// Self-care that fits the causes found (none in an emergency).
    pub self_care: Vec<&'static str>,
    /// What a doctor may do; only when a visit is advised.
    pub doctor_steps: Vec<&'static str>,
    /// Signs not present now that should make the person seek care sooner,
    /// most urgent first.
    pub watch_for: Vec<WatchFor>,
    /// Asked questions without an answer (only a loaded file leaves one
    /// out). Each was read cautiously: as its "not sure" choice where it has
    /// one, and a warning-sign question as a sign a doctor should rule out.
    pub unanswered: Vec<&'static str>,
    /// Every article cited anywhere in this outcome.
    pub sources: Vec<SourceId>,
}

impl Outcome {
    /// The likely causes as the result lists them, each group most likely
    /// first: the causes that can explain what the person has, the rare,
    /// serious ones apart with their calm note, and, when a warning sign
    /// holds, the everyday triggers last as things that may add to it, so
    /// that "stress" is never read as the answer to a weak leg.
    pub fn causes_grouped(&self) -> CauseGroups<'_> {
        let warning = self.level > Level::SelfCare;
        let mut groups = CauseGroups::default();
        for c in &self.causes {
            if c.rare {
                groups.rare.push(c);
            } else if warning && c.everyday {
                groups.also.push(c);
            } else {
                groups.main.push(c);
            }
        }
        groups
    }

    /// The self-care as the result shows it: first what fits this person
    /// (advice for a cause found, or for something they said), then the
    /// general advice that helps most people with twitching, which the page
    /// folds away so that it does not push the advice that fits, or the
    /// signs to watch for, off a phone's first screens.
    pub fn self_care_grouped(&self) -> SelfCareGroups {
        let mut groups = SelfCareGroups::default();
        for r in REMEDIES.iter().filter(|r| self.self_care.contains(&r.id)) {
            match r.fits {
                Fits::Everyone => groups.general.push(r.id),
                Fits::Causes(_) | Fits::Answers(_) => groups.fits_you.push(r.id),
            }
        }
        groups
    }
}

/// The two blocks of self-care on the result page, in the knowledge's order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SelfCareGroups {
    /// Advice for a likely cause or for something the person said.
    pub fits_you: Vec<&'static str>,
    /// Advice for anyone with twitching.
    pub general: Vec<&'static str>,
}

/// The three blocks of likely causes on the result page and the printout.
#[derive(Debug, Default)]
pub struct CauseGroups<'a> {
    /// Numbered, most likely first.
    pub main: Vec<&'a LikelyCause>,
    /// Rare, serious causes: unnumbered, with a calm note.
    pub rare: Vec<&'a LikelyCause>,
    /// Everyday triggers beside a warning sign: unnumbered, after the rest.
    pub also: Vec<&'a LikelyCause>,
}

/// A rule that fired.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The rule's id in the knowledge, so a reviewer can find it.
    pub rule: &'static str,
    /// The level the rule sets.
    pub level: Level,
    /// The content-coverage ids it implements.
    pub covers: &'static [&'static str],
    /// The articles it comes from.
    pub sources: &'static [SourceId],
    /// The answers that made it hold, so the page can say why.
    pub evidence: Vec<Evidence>,
}

/// A cause the answers point to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LikelyCause {
    /// The cause's id (C1..C13).
    pub cause: &'static str,
    /// The summed weight of its clues that hold; more is listed first.
    pub weight: u32,
    /// A rare, serious cause, shown apart with a calm note.
    pub rare: bool,
    /// An everyday trigger, shown apart when a warning sign holds.
    pub everyday: bool,
    /// The ids of the clues that hold.
    pub clues: Vec<&'static str>,
    /// The answers behind those clues.
    pub evidence: Vec<Evidence>,
    /// The articles of the cause and of its clues.
    pub sources: Vec<SourceId>,
}

/// A warning sign to look out for, and the level it would call for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WatchFor {
    /// The rule's id, whose `watch` text names the sign.
    pub rule: &'static str,
    /// The level the sign would call for, so the person knows how soon to act.
    pub level: Level,
    /// The articles it comes from.
    pub sources: &'static [SourceId],
}

/// Decides the level of care and explains it.
///
/// Only answers to questions that are asked count (see `flow`). The level is
/// the maximum over the rules, so more signs can only raise it.
pub fn triage(answers: &Answers) -> Outcome {
    triage_with_diary(answers, &DiaryFacts::default())
}

/// As [`triage`], also counting what the symptom diary shows (a diary that
/// covers more than two weeks, or rising twitching, is a warning sign).
pub fn triage_with_diary(answers: &Answers, diary: &DiaryFacts) -> Outcome {
    let (answers, unanswered) = read_cautiously(answers);
    let facts = Facts {
        answers: &answers,
        diary,
        unanswered: &unanswered,
    };

    let mut reasons: Vec<Reason> = RULES
        .iter()
        .filter_map(|rule| {
            holds(&rule.when, facts).map(|evidence| Reason {
                rule: rule.id,
                level: rule.level,
                covers: rule.covers,
                sources: rule.sources,
                evidence,
            })
        })
        .collect();
    // Stable sort: rules of one level keep the clinician's table order.
    sort_small_by_key(&mut reasons, |r| Reverse(r.level));
    // The baseline rule always holds, so there is always a reason.
    let level = reasons.first().map_or(Level::SelfCare, |r| r.level);
    // "No warning signs found" is only true when no sign raised the level.
    if level > Level::SelfCare {
        reasons.retain(|r| r.level > Level::SelfCare);
    }
    // A reason that says less than another one listed is left out.
    let fired: Vec<&'static str> = reasons.iter().map(|r| r.rule).collect();
    reasons.retain(|r| {
        !SAYS_LESS_THAN
            .iter()
            .any(|(less, more)| *less == r.rule && fired.contains(more))
    });

    let mut causes = likely_causes(&answers);
    if level > Level::SelfCare {
        // Beside a warning sign, what can explain it comes before everyday
        // triggers (a stable sort keeps each part most likely first).
        sort_small_by_key(&mut causes, |c| c.everyday);
    }

    let shown = |when: &crate::knowledge::When| holds(when, Facts::answers(&answers)).is_some();
    let self_care = if level == Level::Emergency {
        Vec::new()
    } else {
        REMEDIES
            .iter()
            .filter(|r| match &r.fits {
                Fits::Everyone => true,
                Fits::Causes(ids) => causes.iter().any(|c| ids.contains(&c.cause)),
                Fits::Answers(when) => shown(when),
            })
            .filter(|r| !r.not_with.as_ref().is_some_and(shown))
            // Advice that is itself a visit waits until a visit is advised.
            .filter(|r| {
                r.see_doctor
                    .iter()
                    .all(|s| level >= s.level || !shown(&s.when))
            })
            .map(|r| r.id)
            .collect()
    };

    let visit_advised = matches!(level, Level::Routine | Level::Urgent);
    let doctor_steps = if visit_advised {
        DOCTOR_STEPS
            .iter()
            .filter(|d| {
                d.only_for.is_empty() || causes.iter().any(|c| d.only_for.contains(&c.cause))
            })
            .map(|d| d.id)
            .collect()
    } else {
        Vec::new()
    };

    // Signs a person can watch for: not the diary's, not a missing answer,
    // which nobody watches for, and not one that holds already (listed as a
    // reason or not).
    let mut watch_for: Vec<WatchFor> = RULES
        .iter()
        .filter(|r| r.level > level && r.watchable())
        .filter(|r| !fired.contains(&r.id))
        .map(|r| WatchFor {
            rule: r.id,
            level: r.level,
            sources: r.sources,
        })
        .collect();
    sort_small_by_key(&mut watch_for, |w| Reverse(w.level));

    // An emergency page shows no causes, so it cites none of their articles.
    let shown_causes: &[LikelyCause] = if level == Level::Emergency {
        &[]
    } else {
        &causes
    };
    let sources = cited_sources(&reasons, shown_causes, &self_care);

    Outcome {
        level,
        reasons,
        causes,
        self_care,
        doctor_steps,
        watch_for,
        unanswered,
        sources,
    }
}

fn likely_causes(answers: &Answers) -> Vec<LikelyCause> {
    let mut found: Vec<LikelyCause> = Vec::new();
    for clue in CLUES {
        let Some(evidence) = holds(&clue.when, Facts::answers(answers)) else {
            continue;
        };
        let index = match found.iter().position(|c| c.cause == clue.cause) {
            Some(i) => i,
            None => {
                let Some(cause) = CAUSES.iter().find(|c| c.id == clue.cause) else {
                    continue;
                };
                found.push(LikelyCause {
                    cause: cause.id,
                    weight: 0,
                    rare: cause.rare,
                    everyday: cause.everyday,
                    clues: Vec::new(),
                    evidence: Vec::new(),
                    sources: cause.sources.to_vec(),
                });
                found.len() - 1
            }
        };
        let entry = &mut found[index];
        entry.weight += u32::from(clue.weight);
        entry.clues.push(clue.id);
        for e in evidence {
            if !entry.evidence.contains(&e) {
                entry.evidence.push(e);
            }
        }
    }
    // Heaviest first; ties keep the order of the causes table.
    let order = |id: &str| CAUSES.iter().position(|c| c.id == id);
    sort_small_by(&mut found, |a, b| {
        (Reverse(a.weight), order(a.cause)) < (Reverse(b.weight), order(b.cause))
    });
    found
}

/// Every article cited, in the order of the sources table (S0, S1, ..., T0).
fn cited_sources(
    reasons: &[Reason],
    causes: &[LikelyCause],
    self_care: &[&'static str],
) -> Vec<SourceId> {
    // One flag per article: dozens of citations, a handful of articles.
    let mut cited = vec![false; SOURCES.len()];
    let mut cite = |id: &str| {
        if let Some(i) = SOURCES.iter().position(|s| s.id == id) {
            if let Some(flag) = cited.get_mut(i) {
                *flag = true;
            }
        }
    };
    reasons.iter().flat_map(|r| r.sources).for_each(|s| cite(s));
    causes.iter().flat_map(|c| &c.sources).for_each(|s| cite(s));
    REMEDIES
        .iter()
        .filter(|r| self_care.contains(&r.id))
        .flat_map(|r| r.sources)
        .for_each(|s| cite(s));
    SOURCES
        .iter()
        .zip(cited)
        .filter(|(_, c)| *c)
        .map(|(s, _)| s.id)
        .collect()
}
