//! "Load saved answers": reads an answers file the person chooses.
//!
//! The file is read in the page and checked in full before anything changes:
//! a file that is too big, not JSON, of another version or with unknown ids
//! is refused with a message saying what is wrong, and the answers on screen
//! stay as they were.
//!
//! The browser's own file input writes "Choose file" in the browser's
//! language, not the checker's, so it stays hidden and a button in the
//! person's language opens it.

use yew::prelude::*;

use crate::engine::Answers;
use crate::ui::browser::{read_text, FileProblem};
use crate::ui::state::{ImportKind, ImportProblem};
use crate::ui::text::use_words;

/// Answers files are tiny; anything larger is not one.
pub const MAX_IMPORT_BYTES: f64 = 100.0 * 1024.0;

#[derive(Properties, PartialEq)]
pub struct ImportAnswersProps {
    /// Told the answers read from the file, or why the file was refused.
    pub on_loaded: Callback<Result<Answers, ImportProblem>>,
}

#[component]
pub fn ImportAnswers(props: &ImportAnswersProps) -> Html {
    let w = use_words();
    let input = use_node_ref();
    let choose = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let on_loaded = props.on_loaded.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Choosing the same file again must fire `change` again.
            input.set_value("");
            let on_loaded = on_loaded.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = match read_text(file, MAX_IMPORT_BYTES).await {
                    Ok(text) => Answers::from_json(&text).map_err(ImportProblem::from),
                    Err(problem) => Err(ImportProblem {
                        kind: match problem {
                            FileProblem::TooBig => ImportKind::TooBig,
                            FileProblem::Unreadable => ImportKind::Unreadable,
                        },
                        field: String::new(),
                    }),
                };
                on_loaded.emit(loaded);
            });
        })
    };
    html! {
        <div class="kt-import">
            <p class="kt-hint" id="kt-import-hint">{ w.get("ui.import.hint") }</p>
            <input ref={input} id="kt-import-file" type="file" accept=".json,application/json" hidden=true {onchange} />
            <button type="button" class="kt-button kt-button--secondary" part="button"
                    aria-describedby="kt-import-hint" onclick={choose}>
                { w.get("ui.import.label") }
            </button>
        </div>
    }
}
