//! Self-care advice (H1..H11) and what a doctor may do at a visit.
//!
//! Self-care is matched to the causes found, so a person reads only what fits
//! them; the two pieces all articles give to everyone (drink water, keep a
//! note for the doctor) are always shown. Doctor steps are shown only when a
//! visit is advised.

use super::sources::ALL_ARTICLES;
use super::Fits::{Causes, Everyone};
use super::{DoctorStep, Remedy};

pub const REMEDIES: &[Remedy] = &[
    Remedy {
        id: "H1",
        fits: Everyone,
        sources: ALL_ARTICLES,
    },
    Remedy {
        id: "H2",
        fits: Causes(&["C1", "C2", "C8"]),
        sources: &["S1"],
    },
    Remedy {
        id: "H3",
        fits: Causes(&["C1", "C2", "C3", "C8", "C9"]),
        sources: &["S1", "S3"],
    },
    Remedy {
        id: "H4",
        fits: Causes(&["C1", "C3", "C13"]),
        sources: &["S1"],
    },
    Remedy {
        id: "H5",
        fits: Causes(&["C3", "C5"]),
        sources: &["S1", "S2", "S3", "S4"],
    },
    Remedy {
        id: "H6",
        fits: Causes(&["C1", "C3", "C9", "C13"]),
        sources: &["S1", "S2", "S3"],
    },
    Remedy {
        id: "H7",
        fits: Causes(&["C4"]),
        sources: &["S2", "S3", "S4"],
    },
    Remedy {
        id: "H8",
        fits: Causes(&["C3", "C5", "C9"]),
        sources: &["S0", "S3"],
    },
    Remedy {
        id: "H9",
        fits: Causes(&["C8", "C10"]),
        sources: &["S3", "S4"],
    },
    Remedy {
        id: "H10",
        fits: Causes(&["C6"]),
        sources: &["S1", "S3", "S4"],
    },
    Remedy {
        id: "H11",
        fits: Everyone,
        sources: &["S3", "S4"],
    },
];

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
