//! "Load saved answers": reads an answers file the person chooses.
//!
//! The file is read in the page and checked in full before anything changes:
//! a file that is too big, not JSON, of another version or with unknown ids
//! is refused with a message saying what is wrong, and the answers on screen
//! stay as they were.

use yew::prelude::*;

use super::device::{read_text, FileProblem};
use super::state::{Action, ImportKind, ImportProblem};
use super::text::use_words;
use crate::engine::Answers;

/// Answers files are tiny; anything larger is not one.
pub const MAX_IMPORT_BYTES: f64 = 100.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct ImportAnswersProps {
    pub on_action: Callback<Action>,
}

#[component]
pub fn ImportAnswers(props: &ImportAnswersProps) -> Html {
    let w = use_words();
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Choosing the same file again must fire `change` again.
            input.set_value("");
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let action = match read_text(file, MAX_IMPORT_BYTES).await {
                    Ok(text) => match Answers::from_json(&text) {
                        Ok(answers) => Action::LoadAnswers(answers),
                        Err(e) => Action::ImportRefused(ImportProblem::from(e)),
                    },
                    Err(problem) => Action::ImportRefused(ImportProblem {
                        kind: match problem {
                            FileProblem::TooBig => ImportKind::TooBig,
                            FileProblem::Unreadable => ImportKind::Unreadable,
                        },
                        field: String::new(),
                    }),
                };
                on_action.emit(action);
            });
        })
    };
    html! {
        <div class="kt-form-group kt-import">
            <label class="kt-label" for="kt-import-file">{ w.get("ui.import.label") }</label>
            <div class="kt-hint" id="kt-import-hint">{ w.get("ui.import.hint") }</div>
            <input class="kt-file-upload" id="kt-import-file" type="file" accept=".json,application/json"
                   aria-describedby="kt-import-hint" {onchange} />
        </div>
    }
}
