//! The functions the element's loader calls.

use wasm_bindgen::prelude::*;
use yew::{AppHandle, AttrValue, Callback};

use super::config::{Config, RawConfig, Storage};
use super::language_files::source_from;
use crate::knowledge::catalog::{is_installed, Lang};
use crate::knowledge::Level;
use crate::ui::{App, AppProps, LanguageSource};

/// One mounted widget; several can live on one page independently.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<App>,
    on_result: Callback<Level>,
    languages: LanguageSource,
    /// The attributes' language last applied, whose text is installed.
    lang: Lang,
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed attributes without losing the person's answers. A
    /// `lang` whose text the loader could not install is not applied: the
    /// checker never shows a language it has no text for.
    pub fn update(&mut self, settings: JsValue) {
        let mut props = props_from(config_from(&settings), self.on_result.clone());
        if !is_installed(props.lang) {
            warn(&format!(
                "knee-triage: the text of {} is not loaded; the checker stays in {}",
                props.lang.tag(),
                self.lang.tag()
            ));
            props.lang = self.lang;
        }
        self.lang = props.lang;
        props.languages = self.languages.clone();
        self.app.update(props);
    }

    /// Removes the widget, for when the element leaves the page.
    pub fn unmount(self) {
        self.app.destroy();
    }
}

/// Renders the widget into `root` with the element's settings. The text
/// of the language it shows first must be installed (the loader does it,
/// `language_files`); if it is not, nothing is mounted and the error says
/// so, for the loader to show the static guidance instead.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, settings: JsValue) -> Result<Widget, JsValue> {
    install_crash_report();
    let config = config_from(&settings);
    let first = config.first_language();
    if !is_installed(first) {
        return Err(JsValue::from_str(&format!(
            "knee-triage: the text of {} is not loaded",
            first.tag()
        )));
    }
    let on_result = announce_results_from(&root);
    let mut props = props_from(config, on_result.clone());
    // The person picked another language on the loader's start page than
    // the attributes': that one is shown, and is the one fetched.
    if !is_installed(props.lang) {
        props.lang = first;
    }
    let lang = props.lang;
    let languages = source_from(&settings);
    props.languages = languages.clone();
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Widget {
        app,
        on_result,
        languages,
        lang,
    })
}

/// Dispatches `knee-triage-result` from the `<knee-triage>` element (the
/// shadow root's host) so a clinic page can react, e.g. with its own booking
/// button. The detail carries the level only: answers never leave the widget.
fn announce_results_from(root: &web_sys::Element) -> Callback<Level> {
    let node = root.get_root_node();
    let target: web_sys::EventTarget = match node.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.host().into(),
        None => root.clone().into(),
    };
    Callback::from(move |level: Level| {
        let detail = serde_wasm_bindgen::to_value(&ResultDetail { level: level.id() })
            .unwrap_or(JsValue::NULL);
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(event) =
            web_sys::CustomEvent::new_with_event_init_dict("knee-triage-result", &init)
        {
            let _ = target.dispatch_event(&event);
        }
    })
}

/// The checked settings; a warning in the console for each attribute ignored.
fn config_from(settings: &JsValue) -> Config {
    let (config, warnings) = Config::from_raw(read_settings(settings));
    warnings.iter().for_each(|w| warn(w));
    config
}

fn props_from(config: Config, on_result: Callback<Level>) -> AppProps {
    AppProps {
        lang: config.lang,
        emergency_number: config.emergency_number.into(),
        region: config.region.map(AttrValue::from),
        manage_title: config.manage_title,
        clinic: config.clinic,
        on_result,
        storage_allowed: config.storage == Storage::Local,
        opening: config.opening,
        languages: LanguageSource::default(),
    }
}

/// Reads the loader's settings object field by field. A field of the wrong
/// type counts as absent, so one bad value never discards the others.
/// Hand-written rather than serde-wasm-bindgen because of its size:
/// `serde_wasm_bindgen::from_value` into a derived struct of these ten fields
/// adds 14.6 KB gzip to the wasm (`node bench/feature-cost.mjs serde`,
/// 2026-12-01: 193.0 to 207.5 KB), a lenient version that keeps the other
/// fields when one has the wrong type 17.3 KB: a tenth of the download for
/// ten attributes. serde's error messages bring in float formatting, which
/// nothing else in the widget needs.
pub(super) fn read_settings(settings: &JsValue) -> RawConfig {
    let get = |name: &str| js_sys::Reflect::get(settings, &JsValue::from_str(name)).ok();
    let text = |name: &str| get(name).and_then(|v| v.as_string());
    let browser_languages = get("browserLanguages")
        .filter(js_sys::Array::is_array)
        .map(|v| {
            js_sys::Array::from(&v)
                .iter()
                .filter_map(|item| item.as_string())
                .take(20)
                .collect()
        })
        .unwrap_or_default();
    RawConfig {
        lang: text("lang"),
        emergency_number: text("emergencyNumber"),
        browser_languages,
        manage_title: get("manageTitle").and_then(|v| v.as_bool()),
        clinic_name: text("clinicName"),
        clinic_phone: text("clinicPhone"),
        booking_url: text("bookingUrl"),
        storage: text("storage"),
        chosen_lang: text("chosenLang"),
        start_now: get("startNow").and_then(|v| v.as_bool()),
        early_answers: get("earlyAnswers")
            .map(|v| strings_of(&v))
            .unwrap_or_default()
            .into_iter()
            .take(20)
            .filter_map(|v| picked(&v))
            .collect(),
        early_draft: get("earlyDraft").and_then(|v| picked(&v)),
    }
}

/// The items of an array; none for anything else.
fn strings_of(value: &JsValue) -> Vec<JsValue> {
    if js_sys::Array::is_array(value) {
        js_sys::Array::from(value).iter().take(50).collect()
    } else {
        Vec::new()
    }
}

/// `[question, [choice, ...]]` from the early screens; anything else is none.
fn picked(value: &JsValue) -> Option<(String, Vec<String>)> {
    let pair = strings_of(value);
    let question = pair.first()?.as_string()?;
    let choices = strings_of(pair.get(1)?)
        .iter()
        .filter_map(JsValue::as_string)
        .collect();
    Some((question, choices))
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// After a panic the wasm instance is unusable, so the loader is told to
/// replace every widget with the static guidance and an apology.
fn install_crash_report() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("knee-triage stopped: {info}")));
        if let Some(window) = web_sys::window() {
            if let Ok(event) = web_sys::Event::new("knee-triage-crash") {
                let _ = window.dispatch_event(&event);
            }
        }
    }));
}

/// What a clinic page is told of a result, as `event.detail`: the level only,
/// never the answers. Built by serde-wasm-bindgen, the design's package for
/// data crossing to JavaScript: 1.4 KB gzip of wasm over setting the one
/// property by hand (`node bench/feature-cost.mjs serde`, 2026-12-01), paid
/// so that a richer detail later is a field, not more hand-written glue.
#[derive(serde::Serialize)]
struct ResultDetail {
    level: &'static str,
}
