//! The functions the element's loader calls.

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use super::config::{Config, RawConfig};
use crate::ui::{App, AppProps};

/// One mounted widget; several can live on one page independently.
#[wasm_bindgen]
pub struct Widget {
    app: AppHandle<App>,
}

#[wasm_bindgen]
impl Widget {
    /// Applies changed attributes without losing the person's answers.
    pub fn update(&mut self, settings: JsValue) {
        self.app.update(props_from(settings));
    }

    /// Removes the widget, for when the element leaves the page.
    pub fn unmount(self) {
        self.app.destroy();
    }
}

/// Renders the widget into `root` with the element's settings.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, settings: JsValue) -> Widget {
    install_crash_report();
    let app = yew::Renderer::<App>::with_root_and_props(root, props_from(settings)).render();
    Widget { app }
}

fn props_from(settings: JsValue) -> AppProps {
    let raw: RawConfig = serde_wasm_bindgen::from_value(settings).unwrap_or_else(|e| {
        warn(&format!(
            "knee-triage: settings could not be read ({e}); using safe defaults"
        ));
        RawConfig::default()
    });
    let (config, warnings) = Config::from_raw(raw);
    warnings.iter().for_each(|w| warn(w));
    AppProps {
        lang: config.lang,
        emergency_number: config.emergency_number.into(),
        manage_title: config.manage_title,
    }
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
