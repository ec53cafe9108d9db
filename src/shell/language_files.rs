//! The language files between the loader and the checker.
//!
//! The wasm holds no text (issue 15): each language's text is a file
//! beside it, `core/text/<tag>.txt` (`knowledge::language_file`). The
//! loader (`loader/language_file.js`) asks [`language_to_load`] which
//! language the element will show first, fetches that file (already in
//! flight, from its own guess, while the wasm downloaded) and hands it to
//! [`install_language`] before it mounts the checker; a file that is
//! refused, or that never arrives, leaves the element on the static
//! guidance, as a wasm that does not load does. Later, when the person
//! picks another language, the checker asks the loader for that file
//! through the settings' `loadLanguage(tag)`, a function returning a
//! promise of the file's text ([`source_from`]).

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::config::Config;
use super::mount::read_settings;
use crate::knowledge::catalog::{self, is_installed};
use crate::ui::LanguageSource;

/// Checks and installs the file the loader fetched as `core/text/<tag>.txt`.
/// Throws, with the reason, for a file that is refused, and for one that
/// holds another language than its name says.
#[wasm_bindgen]
pub fn install_language(text: String, tag: String) -> Result<(), JsValue> {
    match catalog::install_language(&text) {
        Ok(lang) if lang.tag() == tag => Ok(()),
        Ok(lang) => Err(JsValue::from_str(&format!(
            "knee-triage: core/text/{tag}.txt holds the text of {}",
            lang.tag()
        ))),
        Err(problem) => Err(JsValue::from_str(&format!(
            "knee-triage: core/text/{tag}.txt was refused: {problem}"
        ))),
    }
}

/// The tag of the language whose text the element with these settings
/// needs, while it is not installed; nothing once it is. Before the
/// checker runs, the language it shows first, as [`mount`](super::mount)
/// chooses it from the same settings, so the loader never has to mirror
/// `config.rs` (its own guess only decides what starts downloading early);
/// once it is `running`, the attributes' language, for an update (the
/// person's own pick is then the checker's business).
#[wasm_bindgen]
pub fn language_to_load(settings: JsValue, running: bool) -> Option<String> {
    let (config, _) = Config::from_raw(read_settings(&settings));
    let lang = if running {
        config.lang
    } else {
        config.first_language()
    };
    (!is_installed(lang)).then(|| lang.tag().to_string())
}

/// The settings' `loadLanguage`, as the app's source of language files;
/// none if the loader gave none.
pub(super) fn source_from(settings: &JsValue) -> LanguageSource {
    let load = js_sys::Reflect::get(settings, &JsValue::from_str("loadLanguage"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match load {
        None => LanguageSource::default(),
        Some(load) => LanguageSource::new(move |lang| {
            let load = load.clone();
            Box::pin(async move {
                let tag = lang.tag();
                match fetch_and_install(&load, tag).await {
                    Ok(()) => true,
                    Err(why) => {
                        let message = format!("knee-triage: the text of {tag} could not be loaded");
                        web_sys::console::error_2(&JsValue::from_str(&message), &why);
                        false
                    }
                }
            })
        }),
    }
}

/// `loadLanguage(tag)`, a promise of the file's text, then the install.
async fn fetch_and_install(load: &js_sys::Function, tag: &str) -> Result<(), JsValue> {
    let promise = load.call1(&JsValue::NULL, &JsValue::from_str(tag))?;
    let text = JsFuture::from(js_sys::Promise::resolve(&promise)).await?;
    let text = text
        .as_string()
        .ok_or_else(|| JsValue::from_str("loadLanguage did not give text"))?;
    install_language(text, tag.to_string())
}
