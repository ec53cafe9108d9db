//! Switching language when the new language's text may not be here yet.
//!
//! The wasm a visitor downloads holds no text: the loader fetches the file
//! of the language shown before the checker starts, and the file of any
//! other language only when the person asks for it (issue 15). The shell
//! gives the app a [`LanguageSource`] that fetches and installs one; the
//! app never shows a language before its text is installed, so nobody reads
//! catalog keys, or English under a Spanish heading, while a file loads.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::prelude::*;

use crate::knowledge::catalog::{is_installed, Lang};
use crate::ui::state::Notice;

/// Fetches a language's file and installs its text: whether it did (the
/// source tells the console why not).
type Load = dyn Fn(Lang) -> Pin<Box<dyn Future<Output = bool>>>;

/// Where the text of a language not yet installed comes from: the shell's
/// loader (the file beside the wasm, or the standalone file's own copy).
/// The default has none, for an app whose every text is compiled in (the
/// component tests).
#[derive(Clone, Default)]
pub struct LanguageSource(Option<Rc<Load>>);

impl PartialEq for LanguageSource {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl LanguageSource {
    /// A source that loads with `load`.
    pub fn new(
        load: impl Fn(Lang) -> Pin<Box<dyn Future<Output = bool>>> + 'static,
    ) -> LanguageSource {
        LanguageSource(Some(Rc::new(load)))
    }

    /// Tells `done` whether `lang` can be shown: at once when its text is
    /// installed, else once its file has been fetched and installed, or
    /// has failed to be.
    pub fn ensure(&self, lang: Lang, done: Callback<bool>) {
        match &self.0 {
            _ if is_installed(lang) => done.emit(true),
            None => done.emit(false),
            Some(load) => {
                let loading = load(lang);
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = loading.await;
                    done.emit(loaded && is_installed(lang));
                });
            }
        }
    }
}

/// The nearest language source; none outside the shell.
#[hook]
pub fn use_language_source() -> LanguageSource {
    use_context::<LanguageSource>().unwrap_or_default()
}

/// What the language switch calls: `on_switch` with the language once its
/// text is here (fetched first if needed; the person's answers and screen
/// are untouched meanwhile), or, when it cannot be had, `on_problem` with a
/// notice, and the language shown stays as it is.
#[hook]
pub fn use_language_switch(
    on_switch: Callback<Lang>,
    on_problem: Callback<Notice>,
) -> Callback<Lang> {
    let source = use_language_source();
    Callback::from(move |lang: Lang| {
        let (on_switch, on_problem) = (on_switch.clone(), on_problem.clone());
        source.ensure(
            lang,
            Callback::from(move |ready: bool| {
                if ready {
                    on_switch.emit(lang);
                } else {
                    on_problem.emit(Notice::LanguageUnavailable(lang));
                }
            }),
        );
    })
}
