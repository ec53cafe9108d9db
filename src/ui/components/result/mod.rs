//! The parts of the result page, in the order the page shows them: the care
//! card, why, the likely causes, self-care, what a doctor may do, when to get
//! help sooner, the articles, a way to keep a record, and the printout.

pub mod care_card;
pub mod causes;
pub mod doctor;
pub mod keep_a_record;
pub mod print_summary;
pub mod reasons;
pub mod result_heading;
pub mod self_care;
pub mod sources;
pub mod watch_for;
