//! The questionnaire's whole state and the one reducer that changes it.
//!
//! Kept free of rendering so every step (continue, back, change, errors) can
//! be tested natively. Screens only dispatch [`Action`]s; where to go next is
//! decided here from the knowledge's own idea of which questions are asked.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::small_sort::sort_small_by_key;
use crate::engine::{
    asked_questions, first_unanswered, has_emergency_sign, Answer, AnswerError, Answers,
};
use crate::formats::diary::Diary;
use crate::knowledge::catalog::Lang;
use crate::knowledge::{question, AnswerKind, EMERGENCY_QUESTION};

mod action;
mod notice;

pub use action::{Action, Opening, Picked};
pub use notice::{ImportKind, ImportProblem, Notice};

/// Where the person is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Question(&'static str),
    CheckAnswers,
    Result,
    /// The symptom diary; "Back" returns to the screen it was opened from.
    Diary,
}

/// What is selected on the current question page but not yet saved: GOV.UK
/// pages save on "Continue", so going back discards an unsaved change.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Draft {
    #[default]
    Empty,
    One(&'static str),
    Many(Vec<&'static str>),
    /// Typed text, kept as typed so an error never wipes what was entered.
    Number(String),
}

/// Why "Continue" could not save the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageError {
    NothingChosen,
    NotANumber,
    OutOfRange,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub answers: Answers,
    pub draft: Draft,
    pub error: Option<PageError>,
    /// Counts failed "Continue"s, so each one moves focus to the error
    /// summary again, even when the error itself is the same.
    pub failed_attempts: u32,
    /// Set when the person came from "Check your answers" to change one, so
    /// Continue returns there instead of walking every later question again.
    pub changing: bool,
    /// The language the person picked on the start page; it wins over the
    /// page's `lang` attribute and the browser's language.
    pub lang: Option<Lang>,
    /// The person ticked "Remember my answers on this device". Nothing is
    /// ever written to the device before this is true.
    pub remember: bool,
    pub notice: Option<Notice>,
    /// Twitching episodes the person logged; kept when starting again,
    /// because a diary spans many visits.
    pub diary: Diary,
    /// Where the diary was opened from.
    pub before_diary: Option<Screen>,
}

impl Default for State {
    fn default() -> Self {
        State {
            screen: Screen::Start,
            answers: Answers::new(),
            draft: Draft::Empty,
            error: None,
            failed_attempts: 0,
            changing: false,
            lang: None,
            remember: false,
            notice: None,
            diary: Diary::new(),
            before_diary: None,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl State {
    /// The number in "Question 3": the position among the questions asked.
    /// No total is shown, because a follow-up question would change it.
    pub fn progress(&self) -> Option<usize> {
        let Screen::Question(q) = self.screen else {
            return None;
        };
        let asked = asked_questions(&self.answers);
        asked.iter().position(|x| x.id == q).map(|at| at + 1)
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Start => self.go_to_question(EMERGENCY_QUESTION),
            Action::Choose(c) => {
                self.draft = Draft::One(c);
                self.error = None;
            }
            Action::Toggle(c) => self.toggle(c),
            Action::Answered(q, choices) => {
                if self.screen == Screen::Question(q) {
                    self.pick(q, choices);
                    self.continue_from_page();
                }
            }
            Action::Drafted(q, choices) => {
                if self.screen == Screen::Question(q) {
                    self.pick(q, choices);
                }
            }
            Action::TypeNumber(text) => self.draft = Draft::Number(text),
            Action::Continue => self.continue_from_page(),
            Action::Back => self.back(),
            Action::Change(q) => {
                if question(q).is_some() {
                    self.changing = true;
                    self.go_to_question(q);
                }
            }
            Action::ShowResult => {
                if first_unanswered(&self.answers).is_none() {
                    self.go_to(Screen::Result);
                }
            }
            Action::StartAgain => {
                *self = State {
                    lang: self.lang,
                    remember: self.remember,
                    diary: std::mem::take(&mut self.diary),
                    ..State::default()
                }
            }
            Action::LoadAnswers(answers) => {
                self.open_answers(answers);
                self.notice = Some(if self.screen == Screen::Result {
                    Notice::ImportedEmergency
                } else {
                    Notice::Imported
                });
            }
            Action::Restore(record) => {
                self.answers = record.answers;
                self.diary = record.diary;
                self.remember = true;
                self.notice = Some(if record.answers_outdated {
                    Notice::RestoredOutdated
                } else {
                    Notice::Restored
                });
            }
            Action::ImportRefused(problem) => self.notice = Some(Notice::ImportRefused(problem)),
            Action::SetRemember(on) => self.remember = on,
            Action::Erased => {
                self.remember = false;
                self.notice = Some(Notice::Erased);
            }
            Action::StopRemembering(removed) => {
                self.remember = false;
                self.notice = Some(if removed {
                    Notice::Forgotten
                } else {
                    Notice::StorageUnavailable
                });
            }
            Action::Notify(notice) => self.notice = Some(notice),
            Action::OpenDiary => {
                if self.screen != Screen::Diary {
                    self.before_diary = Some(self.screen.clone());
                    self.go_to(Screen::Diary);
                }
            }
            Action::CloseDiary => {
                let back = self.before_diary.take().unwrap_or(Screen::Start);
                match back {
                    Screen::Question(q) => self.go_to_question(q),
                    other => self.go_to(other),
                }
            }
            // Adding can only fail past the diary's size limit; the form
            // checks every field before it dispatches.
            Action::AddEpisode(episode) => {
                let _ = self.diary.add(episode);
            }
            Action::RemoveEpisode(index) => {
                self.diary.remove(index);
            }
            Action::SetLang(lang) => {
                self.lang = Some(lang);
                // Said in the language left behind, about one now shown.
                if matches!(self.notice, Some(Notice::LanguageUnavailable(_))) {
                    self.notice = None;
                }
            }
        }
    }

    /// Replaces the answers and opens where the person can carry on: the
    /// first open question, or "Check your answers" when none is left.
    fn open_answers(&mut self, answers: Answers) {
        self.answers = answers;
        self.changing = false;
        if has_emergency_sign(&self.answers) {
            self.go_to(Screen::Result);
        } else if let Some(q) = first_unanswered(&self.answers) {
            self.go_to_question(q.id);
        } else {
            self.go_to(Screen::CheckAnswers);
        }
    }

    fn go_to(&mut self, screen: Screen) {
        if self.screen != screen {
            self.notice = self
                .notice
                .take()
                .filter(|_| matches!(screen, Screen::Start));
        }
        self.screen = screen;
        self.error = None;
        self.draft = Draft::Empty;
    }

    /// Opens a question page showing what was saved for it, if anything.
    fn go_to_question(&mut self, q: &'static str) {
        self.go_to(Screen::Question(q));
        self.draft = match self.answers.get(q) {
            Some(Answer::One(c)) => Draft::One(c),
            Some(Answer::Many(cs)) => Draft::Many(cs.clone()),
            Some(Answer::Number(n)) => Draft::Number(n.to_string()),
            None => Draft::Empty,
        };
    }

    /// Ticking "None of these" clears the other boxes, and ticking any other
    /// box clears "None of these", as in the GOV.UK exclusive checkbox.
    fn toggle(&mut self, c: &'static str) {
        let Screen::Question(q) = self.screen else {
            return;
        };
        let Some(question) = question(q) else {
            return;
        };
        let exclusive = |id: &str| {
            question
                .choices
                .iter()
                .any(|ch| ch.id == id && ch.exclusive)
        };
        let mut picked = match &self.draft {
            Draft::Many(cs) => cs.clone(),
            _ => Vec::new(),
        };
        if let Some(i) = picked.iter().position(|x| *x == c) {
            picked.remove(i);
        } else {
            picked.retain(|x| !exclusive(x) && !exclusive(c));
            picked.push(c);
        }
        // Keep the knowledge's order so saved files do not depend on click order.
        sort_small_by_key(&mut picked, |id| question.choice_index(id));
        self.draft = if picked.is_empty() {
            Draft::Empty
        } else {
            Draft::Many(picked)
        };
        self.error = None;
    }

    /// Puts choices picked elsewhere on the page, as clicks on it would.
    fn pick(&mut self, q: &'static str, choices: Vec<&'static str>) {
        let many = question(q).is_some_and(|x| x.kind == AnswerKind::Many);
        self.draft = match (many, choices.first()) {
            (_, None) => Draft::Empty,
            (true, Some(_)) => Draft::Many(choices),
            (false, Some(c)) => Draft::One(c),
        };
        self.error = None;
    }

    fn draft_answer(&self, q: &'static str) -> Result<Answer, PageError> {
        let kind = question(q).map(|x| x.kind);
        match (&self.draft, kind) {
            (Draft::One(c), _) => Ok(Answer::One(c)),
            (Draft::Many(cs), _) => Ok(Answer::Many(cs.clone())),
            (Draft::Number(text), Some(AnswerKind::Number { min, max })) => {
                let text = text.trim();
                if text.is_empty() {
                    return Err(PageError::NothingChosen);
                }
                let n: u32 = text.parse().map_err(|_| {
                    if text.starts_with('-') && text[1..].chars().all(|c| c.is_ascii_digit()) {
                        PageError::OutOfRange
                    } else {
                        PageError::NotANumber
                    }
                })?;
                if (min..=max).contains(&n) {
                    Ok(Answer::Number(n))
                } else {
                    Err(PageError::OutOfRange)
                }
            }
            _ => Err(PageError::NothingChosen),
        }
    }

    fn continue_from_page(&mut self) {
        let Screen::Question(q) = self.screen else {
            return;
        };
        let saved = self
            .draft_answer(q)
            .and_then(|a| self.answers.set(q, a).map_err(page_error));
        if let Err(e) = saved {
            self.error = Some(e);
            self.failed_attempts = self.failed_attempts.wrapping_add(1);
            return;
        }
        if q == EMERGENCY_QUESTION && has_emergency_sign(&self.answers) {
            self.changing = false;
            self.go_to(Screen::Result);
            return;
        }
        if self.changing {
            match first_unanswered(&self.answers) {
                Some(next) => self.go_to_question(next.id),
                None => {
                    self.changing = false;
                    self.go_to(Screen::CheckAnswers);
                }
            }
            return;
        }
        let asked = asked_questions(&self.answers);
        let after = asked
            .iter()
            .position(|x| x.id == q)
            .and_then(|i| asked.get(i + 1));
        match after {
            Some(next) => self.go_to_question(next.id),
            None => self.go_to(Screen::CheckAnswers),
        }
    }

    fn back(&mut self) {
        let asked = asked_questions(&self.answers);
        match self.screen.clone() {
            Screen::Start => {}
            Screen::Question(q) => {
                if self.changing {
                    self.changing = false;
                    self.go_to(Screen::CheckAnswers);
                    return;
                }
                let at = asked.iter().position(|x| x.id == q).unwrap_or(0);
                match at.checked_sub(1).and_then(|i| asked.get(i)) {
                    Some(prev) => self.go_to_question(prev.id),
                    None => self.go_to(Screen::Start),
                }
            }
            Screen::CheckAnswers => match asked.last() {
                Some(last) => self.go_to_question(last.id),
                None => self.go_to(Screen::Start),
            },
            Screen::Diary => self.apply(Action::CloseDiary),
            Screen::Result => {
                if has_emergency_sign(&self.answers) {
                    self.go_to_question(EMERGENCY_QUESTION);
                } else {
                    self.go_to(Screen::CheckAnswers);
                }
            }
        }
    }
}

/// The page checks the same things as the engine, so this is a fallback only.
fn page_error(e: AnswerError) -> PageError {
    match e {
        AnswerError::OutOfRange { .. } => PageError::OutOfRange,
        _ => PageError::NothingChosen,
    }
}

#[cfg(test)]
mod tests;
