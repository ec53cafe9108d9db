//! In-browser component tests: the real Yew app, rendered into a real DOM
//! and driven the way a person would, by clicking and typing.
//!
//! Run with:
//!   CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser
//!
//! Expected text is always read from the English catalog and expected levels
//! are always computed by the native engine, so a wording change or a new
//! rule never needs this file to change.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod driver;
mod questionnaire;
mod result;
