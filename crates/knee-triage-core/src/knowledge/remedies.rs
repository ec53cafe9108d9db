//! Self-care advice (H1..H11) and what a doctor may do at a visit.
//!
//! Self-care is matched to the causes found, so a person reads only what fits
//! them; the two pieces all articles give to everyone (drink water, keep a
//! note for the doctor) are always shown. Advice that could harm with a sign
//! (exercise, heat or massage on a hurt or weak leg) names that sign in
//! `not_with`, and first aid (rest and a cold pack) takes its place. Advice
//! that is itself a doctor's visit is only shown when the level asks for one.
//! Doctor steps are shown only when a visit is advised.

use super::sources::ALL_ARTICLES;
use super::Fits::{Answers, Causes, Everyone};
use super::Level::Routine;
use super::When::{Always, Any, Picked};
use super::{DoctorStep, Remedy, SeeDoctor, When};

/// A hurt, painful, swollen, weak or unsteady leg, or one that makes walking
/// hard: standard first aid is rest and a cold pack, never exercise, heat or
/// massage, which can make an injury or swelling worse and a weak or
/// unsteady leg fall.
pub const REST_THE_LEG: When = Any(&[
    Picked("knee_injury", "recent_injury"),
    Picked("other_symptoms", "severe_pain_swelling"),
    Picked("other_symptoms", "pain"),
    Picked("nerve_pressure", "back_pain_leg"),
    Picked("nerve_muscle_signs", "weakness"),
    Picked("nerve_muscle_signs", "balance"),
    Picked("daily_life", "walking"),
]);

/// Advice that asks the person to go to a doctor for it.
const ONLY_WITH_A_VISIT: &[SeeDoctor] = &[SeeDoctor {
    when: Always,
    level: Routine,
}];

/// The self-care advice, in the order it is shown.
pub const REMEDIES: &[Remedy] = &[
    Remedy {
        id: "H1",
        covers: "H1",
        fits: Everyone,
        not_with: None,
        see_doctor: &[],
        sources: ALL_ARTICLES,
    },
    Remedy {
        id: "H2",
        covers: "H2",
        fits: Causes(&["C1", "C2", "C8"]),
        not_with: None,
        see_doctor: &[],
        sources: &["S1"],
    },
    Remedy {
        id: "H3",
        covers: "H3",
        fits: Causes(&["C1", "C2", "C3", "C8", "C9"]),
        not_with: Some(REST_THE_LEG),
        see_doctor: &[],
        sources: &["S1", "S3"],
    },
    Remedy {
        id: "H4",
        covers: "H4",
        fits: Causes(&["C1", "C3", "C13"]),
        not_with: Some(REST_THE_LEG),
        see_doctor: &[],
        sources: &["S1"],
    },
    Remedy {
        // First aid in place of H3, H4 and H6: the ice pack of S1, and rest
        // for a hurt or overused joint (S3).
        id: "H4-rest-cold",
        covers: "H4",
        fits: Answers(REST_THE_LEG),
        not_with: None,
        see_doctor: &[],
        sources: &["S1", "S3"],
    },
    Remedy {
        id: "H5",
        covers: "H5",
        fits: Causes(&["C3", "C5"]),
        not_with: None,
        see_doctor: &[],
        sources: &["S1", "S2", "S3", "S4"],
    },
    Remedy {
        id: "H6",
        covers: "H6",
        fits: Causes(&["C1", "C3", "C9", "C13"]),
        not_with: Some(REST_THE_LEG),
        see_doctor: &[],
        sources: &["S1", "S2", "S3"],
    },
    Remedy {
        id: "H7",
        covers: "H7",
        fits: Causes(&["C4"]),
        not_with: None,
        see_doctor: &[],
        sources: &["S2", "S3", "S4"],
    },
    Remedy {
        id: "H8",
        covers: "H8",
        // Not for someone who already sleeps enough.
        fits: Answers(Any(&[
            Picked("sleep", "short"),
            Picked("sleep", "bit_short"),
            Picked("daily_life", "sleep"),
            Picked("restless_legs", "yes"),
        ])),
        not_with: None,
        see_doctor: &[],
        sources: &["S0", "S3"],
    },
    Remedy {
        id: "H9",
        covers: "H9",
        fits: Causes(&["C8", "C10"]),
        not_with: None,
        see_doctor: ONLY_WITH_A_VISIT,
        sources: &["S3", "S4"],
    },
    Remedy {
        id: "H10",
        covers: "H10",
        fits: Causes(&["C6"]),
        not_with: None,
        see_doctor: ONLY_WITH_A_VISIT,
        sources: &["S1", "S3", "S4"],
    },
    Remedy {
        id: "H11",
        covers: "H11",
        fits: Everyone,
        not_with: None,
        see_doctor: &[],
        sources: &["S3", "S4"],
    },
];

/// What a doctor may do at a visit, in the order it is shown.
pub const DOCTOR_STEPS: &[DoctorStep] = &[
    DoctorStep {
        id: "D1-examination",
        only_for: &[],
        sources: &["S2", "S4"],
    },
    DoctorStep {
        id: "D2-blood-tests",
        only_for: &[],
        sources: &["S2", "S3", "S4"],
    },
    DoctorStep {
        id: "D3-emg",
        only_for: &[],
        sources: &["S2"],
    },
    DoctorStep {
        id: "D4-scans",
        only_for: &[],
        sources: &["S2"],
    },
    DoctorStep {
        id: "D5-treatment-for-cause",
        only_for: &[],
        sources: &["S2", "S3", "S4"],
    },
    DoctorStep {
        id: "D6-anti-seizure-medicine",
        only_for: &["C11"],
        sources: &["S3", "S4"],
    },
];
