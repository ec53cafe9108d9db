//! The shell: how the widget meets a web page.
//!
//! The custom element itself is plain JavaScript (`knee-triage.js`), so that
//! its fallback guidance shows even when WebAssembly never runs. Once the
//! wasm is loaded, and the text of the language it shows first installed
//! (`language_files`), the element calls [`mount`] with its attributes and
//! a place inside its shadow root.

pub mod config;
mod language_files;
mod mount;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

pub use language_files::{install_language, language_to_load};
pub use mount::{mount, Widget};
