//! What a person can do, as the reducer's one `Action` enum, and the clicks
//! made on the loader's early start page, which become actions once the
//! checker is ready.

use super::ImportProblem;
use super::Notice;
use crate::engine::Answers;
use crate::formats::diary::Episode;
use crate::formats::record::DeviceRecord;
use crate::knowledge::catalog::Lang;

/// What the person already did on the start page the loader draws before
/// the checker is ready: nobody should have to click twice because the
/// WebAssembly was still loading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    /// A language picked on that page.
    pub lang: Option<Lang>,
    /// "Start now" was pressed.
    pub start: bool,
}

impl Opening {
    /// The same steps the live page would have taken, in the same order.
    pub fn actions(self) -> impl Iterator<Item = Action> {
        let lang = self.lang.map(Action::SetLang);
        lang.into_iter().chain(self.start.then_some(Action::Start))
    }
}

/// Every change a screen can ask of the state; only the reducer applies it.
pub enum Action {
    Start,
    /// A radio was selected.
    Choose(&'static str),
    /// A checkbox was ticked or unticked.
    Toggle(&'static str),
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
