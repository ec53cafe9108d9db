//! What the app does after a render: move focus to the new step, and keep
//! the device record in step with the answers once the person opts in.

mod use_device_record;
mod use_step_focus;

pub use use_device_record::use_device_record;
pub use use_step_focus::use_step_focus;
