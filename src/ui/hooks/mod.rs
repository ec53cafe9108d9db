//! What the app does after a render: move focus to the new step, and keep
//! the device record in step with the answers once the person opts in;
//! and switching to a language whose text may still have to be fetched.

mod use_device_record;
mod use_language_switch;
mod use_step_focus;

pub use use_device_record::use_device_record;
pub use use_language_switch::{use_language_source, use_language_switch, LanguageSource};
/// The build's drawing of the early screens names them as the checker does.
#[cfg(not(target_arch = "wasm32"))]
pub use use_step_focus::step_title;
pub use use_step_focus::use_step_focus;
