//! What a person can do, as the reducer's one `Action` enum, and the clicks
//! made on the loader's early start page, which become actions once the
//! checker is ready.

use super::ImportProblem;
use super::Notice;
use crate::engine::Answers;
use crate::formats::diary::Episode;
use crate::formats::record::DeviceRecord;
use crate::knowledge::catalog::Lang;
use crate::knowledge::{question, AnswerKind};

/// What the person already did on the early screens the loader shows
/// before the checker is ready (the start page, the emergency check and the
/// question after it): nobody should answer twice, or lose their place,
/// because the WebAssembly was still loading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    /// A language picked on the start page.
    pub lang: Option<Lang>,
    /// "Start now" was pressed.
    pub start: bool,
    /// Pages saved there with "Continue", in the order they were asked.
    pub answers: Vec<Picked>,
    /// What was ticked on the page the person is on, not yet saved.
    pub draft: Option<Picked>,
}

/// The choices picked on one question's page.
pub type Picked = (&'static str, Vec<&'static str>);

impl Opening {
    /// The knowledge's own ids for a question and its choices as the loader
    /// names them; `None` for a question without choices or unknown, and an
    /// unknown choice is left out, so bad input never reaches the answers.
    pub fn picked(question_id: &str, choices: &[String]) -> Option<Picked> {
        let q = question(question_id).filter(|q| !matches!(q.kind, AnswerKind::Number { .. }))?;
        let ids = q
            .choices
            .iter()
            .filter(|c| choices.iter().any(|given| given == c.id))
            .map(|c| c.id)
            .collect();
        Some((q.id, ids))
    }

    /// The same steps the live page would have taken, in the same order.
    /// Each answer applies only on its own question's page, so answers out
    /// of order change nothing.
    pub fn actions(&self) -> impl Iterator<Item = Action> + '_ {
        let lang = self.lang.map(Action::SetLang);
        let answered = self
            .answers
            .iter()
            .map(|(q, choices)| Action::Answered(q, choices.clone()));
        let draft = self
            .draft
            .iter()
            .map(|(q, choices)| Action::Drafted(q, choices.clone()));
        lang.into_iter()
            .chain(self.start.then_some(Action::Start))
            .chain(answered)
            .chain(draft)
    }
}

/// Every change a screen can ask of the state; only the reducer applies it.
pub enum Action {
    Start,
    /// A radio was selected.
    Choose(&'static str),
    /// A checkbox was ticked or unticked.
    Toggle(&'static str),
    /// A page answered on the early screens: its choices picked and
    /// "Continue" pressed, if that question's page is the one shown.
    Answered(&'static str, Vec<&'static str>),
    /// The choices picked on the early screens' page the person is on.
    Drafted(&'static str, Vec<&'static str>),
    TypeNumber(String),
    Continue,
    Back,
    /// "Change" on the check-answers page.
    Change(&'static str),
    ShowResult,
    StartAgain,
    SetLang(Lang),
    /// Answers read from a file the person chose.
    LoadAnswers(Answers),
    /// Answers and diary kept on this device from an earlier visit.
    Restore(DeviceRecord),
    OpenDiary,
    CloseDiary,
    AddEpisode(Episode),
    RemoveEpisode(usize),
    ImportRefused(ImportProblem),
    SetRemember(bool),
    /// Everything stored on the device was removed.
    Erased,
    /// The person unticked "Remember"; true when the kept record was removed.
    StopRemembering(bool),
    Notify(Notice),
}
