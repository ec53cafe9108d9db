//! The parts the pages are built from. Each is given what it shows and the
//! callbacks it needs; none knows the reducer, so each can be read, styled
//! (`styles/components/<name>.css`) and tested on its own.

pub mod back_link;
pub mod checkboxes;
pub mod choice_item;
pub mod clinic_card;
pub mod diary;
pub mod error_summary;
pub mod import_answers;
pub mod language_switch;
pub mod layout;
pub mod notification_banner;
pub mod number_input;
pub mod radios;
pub mod remember_on_device;
pub mod result;
pub mod safety_banner;
