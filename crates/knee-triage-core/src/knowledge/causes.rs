//! Contributing causes (C1 to C13 of content-coverage.md): whether each is
//! rare or an everyday one, and when its advice sends the person to a doctor.
//! The answers that point to each cause are its clues, in `clues.rs`.

use super::Level::{Emergency, Routine, Urgent};
use super::When::{Always, Any, AtLeast, Picked};
use super::{Cause, SeeDoctor, EMERGENCY_QUESTION as EMERGENCY};

/// Every contributing cause; causes of equal weight are listed in this order.
pub const CAUSES: &[Cause] = &[
    Cause {
        id: "C1",
        rare: false,
        everyday: true,
        see_doctor: &[],
        sources: &["S0", "S1", "S3", "S4"],
    },
    Cause {
        id: "C2",
        rare: false,
        everyday: true,
        see_doctor: &[],
        sources: &["S0", "S1", "S2", "S3", "S4"],
    },
    Cause {
        id: "C3",
        rare: false,
        everyday: true,
        see_doctor: // Its "a doctor can help" is about stress that is hard to cope
        // with, which the questionnaire does not ask about.
        &[],
        sources: &["S0", "S1", "S2", "S3"],
    },
    Cause {
        id: "C4",
        rare: false,
        everyday: true,
        see_doctor: &[SeeDoctor {
            when: Picked(EMERGENCY, "stimulant_overdose"),
            level: Emergency,
        }],
        sources: &["S0", "S2", "S3", "S4"],
    },
    Cause {
        id: "C5",
        rare: false,
        everyday: true,
        see_doctor: &[],
        sources: &["S0"],
    },
    Cause {
        id: "C6",
        rare: false,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Any(&[
                Picked("medicines", "other_new_or_changed"),
                Picked("medicine_change", "yes"),
                Picked("medicine_change", "not_sure"),
                AtLeast("duration", "over_2_weeks"),
            ]),
            level: Routine,
        }],
        sources: &["S0", "S1", "S3", "S4"],
    },
    Cause {
        id: "C7",
        rare: false,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Any(&[
                Picked("nerve_pressure", "back_disc"),
                Picked("nerve_pressure", "back_pain_leg"),
                Picked("nerve_muscle_signs", "numbness"),
                Picked("nerve_muscle_signs", "tingling_burning"),
                AtLeast("duration", "over_2_weeks"),
            ]),
            level: Routine,
        }],
        sources: &["S0", "S1", "S3"],
    },
    Cause {
        id: "C8",
        rare: false,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Any(&[
                Picked("other_symptoms", "cramps"),
                Picked("nerve_muscle_signs", "tingling_burning"),
                AtLeast("duration", "over_2_weeks"),
            ]),
            level: Routine,
        }],
        sources: &["S0", "S1", "S3", "S4"],
    },
    Cause {
        id: "C9",
        rare: false,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Picked("restless_legs", "yes"),
            level: Routine,
        }],
        sources: &["S0", "S1"],
    },
    Cause {
        id: "C10",
        rare: true,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Always,
            level: Routine,
        }],
        sources: &["S0", "S2"],
    },
    Cause {
        id: "C11",
        rare: true,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Always,
            level: Routine,
        }],
        sources: &["S2", "S3", "S4"],
    },
    Cause {
        id: "C12",
        rare: true,
        everyday: false,
        see_doctor: &[SeeDoctor {
            when: Always,
            level: Routine,
        }],
        sources: &["S0", "S2", "S3", "S4"],
    },
    Cause {
        id: "C13",
        rare: false,
        everyday: false,
        see_doctor: &[
            SeeDoctor {
                when: Picked("knee_injury", "recent_injury"),
                level: Routine,
            },
            SeeDoctor {
                when: Picked("other_symptoms", "severe_pain_swelling"),
                level: Urgent,
            },
        ],
        sources: &["S1", "S3"],
    },
];
