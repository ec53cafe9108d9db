//! The answers that point to each contributing cause, and how strongly.
//!
//! A cause is listed when at least one of its clues holds; clue weights add
//! up and the causes with most weight are listed first. Weights: 3 for an
//! answer the articles name as a direct trigger, 2 for a strong hint, 1 for a
//! weak hint that only adds to others. Rare, serious causes (C10 to C12) only
//! have clues that need a real sign (weakness, wasting, numbness in hands and
//! feet...), never twitching alone, and they always carry weight 1 so they are
//! listed after the common causes.

use super::When::{All, Any, AtLeast, NumberAtLeast, Picked};
use super::{Clue, EMERGENCY_QUESTION as EMERGENCY};

/// Any of the ways a nerve can be pressed on, at the knee or in the back.
const NERVE_PRESSED: super::When = Any(&[
    Picked("nerve_pressure", "crossed_legs"),
    Picked("nerve_pressure", "knee_pressure"),
    Picked("nerve_pressure", "back_disc"),
    Picked("nerve_pressure", "back_pain_leg"),
]);

/// Every clue; a cause is listed when at least one of its clues holds.
pub const CLUES: &[Clue] = &[
    // C1 Muscle fatigue or strain
    Clue {
        id: "C1-hard-exercise",
        cause: "C1",
        when: Picked("recent_activity", "hard_leg_exercise"),
        weight: 3,
        sources: &["S0", "S1", "S3", "S4"],
    },
    Clue {
        id: "C1-long-standing",
        cause: "C1",
        when: Picked("recent_activity", "long_standing"),
        weight: 2,
        sources: &["S1"],
    },
    // C2 Dehydration and electrolytes
    Clue {
        id: "C2-little-water",
        cause: "C2",
        when: Picked("recent_activity", "little_water"),
        weight: 3,
        sources: &["S0", "S1", "S2", "S3", "S4"],
    },
    Clue {
        id: "C2-sweating-heat",
        cause: "C2",
        when: Picked("recent_activity", "heavy_sweating_heat"),
        weight: 2,
        sources: &["S0", "S3"],
    },
    // C3 Stress and anxiety
    Clue {
        id: "C3-high-stress",
        cause: "C3",
        when: Picked("stress", "high"),
        weight: 3,
        sources: &["S0", "S1", "S2", "S3"],
    },
    Clue {
        id: "C3-some-stress",
        cause: "C3",
        when: Picked("stress", "some"),
        weight: 1,
        sources: &["S0", "S1"],
    },
    // C4 Caffeine and other stimulants
    Clue {
        id: "C4-caffeine-4-cups",
        cause: "C4",
        when: NumberAtLeast("caffeine_cups", 4),
        weight: 3,
        sources: &["S0", "S3", "S4"],
    },
    Clue {
        id: "C4-energy-preworkout",
        cause: "C4",
        when: Picked("stimulants", "energy_preworkout"),
        weight: 3,
        sources: &["S2", "S3", "S4"],
    },
    Clue {
        id: "C4-amphetamines",
        cause: "C4",
        when: Picked("stimulants", "amphetamines"),
        weight: 3,
        sources: &["S3", "S4"],
    },
    Clue {
        id: "C4-overdose",
        cause: "C4",
        when: Picked(EMERGENCY, "stimulant_overdose"),
        weight: 4,
        sources: &["S3", "S4"],
    },
    // C5 Too little sleep
    Clue {
        id: "C5-short-sleep",
        cause: "C5",
        when: Picked("sleep", "short"),
        weight: 3,
        sources: &["S0"],
    },
    Clue {
        id: "C5-bit-short-sleep",
        cause: "C5",
        when: Picked("sleep", "bit_short"),
        weight: 1,
        sources: &["S0"],
    },
    // C6 Medicine side effects
    Clue {
        id: "C6-known-medicine",
        cause: "C6",
        when: Any(&[
            Picked("medicines", "diuretic"),
            Picked("medicines", "corticosteroid"),
            Picked("medicines", "estrogen"),
        ]),
        weight: 2,
        sources: &["S1", "S3", "S4"],
    },
    Clue {
        id: "C6-started-after-change",
        cause: "C6",
        when: Any(&[
            Picked("medicine_change", "yes"),
            Picked("medicines", "other_new_or_changed"),
        ]),
        weight: 3,
        sources: &["S0", "S1"],
    },
    Clue {
        id: "C6-unsure-medicines",
        cause: "C6",
        when: Any(&[
            Picked("medicines", "not_sure"),
            Picked("medicine_change", "not_sure"),
        ]),
        weight: 1,
        sources: &["S0"],
    },
    // C7 Nerve compression at the knee or in the lower back
    Clue {
        id: "C7-knee-pressure",
        cause: "C7",
        when: Any(&[
            Picked("nerve_pressure", "crossed_legs"),
            Picked("nerve_pressure", "knee_pressure"),
        ]),
        weight: 2,
        sources: &["S0"],
    },
    Clue {
        id: "C7-back",
        cause: "C7",
        when: Any(&[
            Picked("nerve_pressure", "back_disc"),
            Picked("nerve_pressure", "back_pain_leg"),
        ]),
        weight: 2,
        sources: &["S1", "S3"],
    },
    Clue {
        id: "C7-pressure-with-nerve-signs",
        cause: "C7",
        when: All(&[
            NERVE_PRESSED,
            Any(&[
                Picked("nerve_muscle_signs", "numbness"),
                Picked("nerve_muscle_signs", "tingling_burning"),
            ]),
        ]),
        weight: 2,
        sources: &["S0", "S1", "S3"],
    },
    // C8 Nutrient deficiencies
    Clue {
        id: "C8-restricted-diet",
        cause: "C8",
        when: Any(&[
            Picked("diet_sun", "plant_based"),
            Picked("diet_sun", "limited_diet"),
        ]),
        weight: 2,
        sources: &["S0", "S3", "S4"],
    },
    Clue {
        id: "C8-little-sun",
        cause: "C8",
        when: Picked("diet_sun", "little_sun"),
        weight: 1,
        sources: &["S3", "S4"],
    },
    Clue {
        id: "C8-cramps-tingling",
        cause: "C8",
        when: All(&[
            Picked("other_symptoms", "cramps"),
            Picked("nerve_muscle_signs", "tingling_burning"),
        ]),
        weight: 1,
        sources: &["S0"],
    },
    // C9 Restless legs syndrome
    Clue {
        id: "C9-urge-to-move",
        cause: "C9",
        when: Picked("restless_legs", "yes"),
        weight: 4,
        sources: &["S0", "S1"],
    },
    Clue {
        id: "C9-maybe-urge-to-move",
        cause: "C9",
        when: Picked("restless_legs", "not_sure"),
        weight: 1,
        sources: &["S0", "S1"],
    },
    // C10 Peripheral neuropathy (rare here: needs a nerve sign)
    Clue {
        id: "C10-hands-feet",
        cause: "C10",
        when: Picked("nerve_muscle_signs", "hands_feet"),
        weight: 1,
        sources: &["S0", "S2"],
    },
    Clue {
        id: "C10-weakness-cramps",
        cause: "C10",
        when: All(&[
            Any(&[
                Picked("nerve_muscle_signs", "weakness"),
                Picked("nerve_muscle_signs", "weakness_arms_hands"),
            ]),
            Picked("other_symptoms", "cramps"),
        ]),
        weight: 1,
        sources: &["S0"],
    },
    Clue {
        // S0: neuropathy brings weakness, often in the hands and feet.
        id: "C10-weak-hands",
        cause: "C10",
        when: Picked("nerve_muscle_signs", "weakness_arms_hands"),
        weight: 1,
        sources: &["S0", "S2"],
    },
    // C11 Autoimmune disorders such as neuromyotonia (rare: long, widespread, cramping)
    Clue {
        id: "C11-widespread-lasting-cramps",
        cause: "C11",
        when: All(&[
            AtLeast("duration", "over_2_weeks"),
            Picked("location", "other_body"),
            Picked("other_symptoms", "cramps"),
        ]),
        weight: 1,
        sources: &["S2", "S3", "S4"],
    },
    // C12 Rare neurological disease: only with weakness, wasting or movement problems
    Clue {
        id: "C12-weakness-wasting-movement",
        cause: "C12",
        when: Any(&[
            Picked("nerve_muscle_signs", "weakness"),
            Picked("nerve_muscle_signs", "weakness_arms_hands"),
            Picked("nerve_muscle_signs", "wasting"),
            Picked("nerve_muscle_signs", "balance"),
            Picked("nerve_muscle_signs", "swallow_speak"),
        ]),
        weight: 1,
        sources: &["S0", "S2", "S3", "S4"],
    },
    // C13 Knee injury and overuse of the joint
    Clue {
        id: "C13-injury",
        cause: "C13",
        when: Picked("knee_injury", "recent_injury"),
        weight: 4,
        sources: &["S3"],
    },
    Clue {
        id: "C13-overuse",
        cause: "C13",
        when: Picked("knee_injury", "overuse"),
        weight: 3,
        sources: &["S3"],
    },
    Clue {
        id: "C13-swelling",
        cause: "C13",
        when: Picked("other_symptoms", "severe_pain_swelling"),
        weight: 1,
        sources: &["S1", "S3"],
    },
];
