//! The record kept on this device, when the clinic allows it and the person
//! has opted in: restored once on load, then saved after every change.

use yew::prelude::*;

use crate::formats::record::DeviceRecord;
use crate::ui::browser;
use crate::ui::state::{Action, Notice, State};

/// Restores what the person kept on this device, once, and keeps it up to
/// date while they have opted in. Reading is allowed before opting in (it
/// writes nothing); writing never is.
#[hook]
pub fn use_device_record(allowed: bool, state: &State, on_action: Callback<Action>) {
    {
        let on_action = on_action.clone();
        use_effect_with((), move |_| {
            if allowed {
                if let Ok(Some(text)) = browser::load() {
                    match DeviceRecord::from_json(&text) {
                        Ok(record) => {
                            // Answers of an earlier format are not read; the
                            // stored text is kept aside before it is rewritten.
                            if record.answers_outdated {
                                let _ = browser::set_aside(&text);
                            }
                            on_action.emit(Action::Restore(record));
                        }
                        Err(_) => {
                            let _ = browser::set_aside(&text);
                            on_action.emit(Action::Notify(Notice::SetAside));
                        }
                    }
                }
            }
        });
    }
    // Only built while the person has opted in, so a step of the
    // questionnaire costs nothing extra otherwise.
    let record = (allowed && state.remember).then(|| DeviceRecord {
        answers: state.answers.clone(),
        diary: state.diary.clone(),
        answers_outdated: false,
    });
    use_effect_with(record, move |record| {
        if let Some(record) = record {
            if let Err(problem) = browser::save(&record.to_json()) {
                let notice = match problem {
                    browser::StorageProblem::Full => Notice::StorageFull,
                    browser::StorageProblem::Unavailable => Notice::StorageUnavailable,
                };
                on_action.emit(Action::SetRemember(false));
                on_action.emit(Action::Notify(notice));
            }
        }
    });
}
