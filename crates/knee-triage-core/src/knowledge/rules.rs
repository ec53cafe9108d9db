//! Warning-sign rules: each sets the lowest level of care the answers allow.
//!
//! The result is the highest level of every rule that holds, so rules never
//! cancel each other out and a new sign can only raise the advice. Levels
//! follow the articles' own words: "see a doctor as soon as possible" is
//! `Urgent`, "see a doctor" or "get professional advice" is `Routine`, and
//! "seek immediate emergency attention" is `Emergency`.

use super::sources::ALL_ARTICLES;
use super::Level::{Emergency, Routine, SelfCare, Urgent};
use super::When::{
    All, Always, Any, AnyPickedBut, AtLeast, Not, NumberAtLeast, Picked, Unanswered,
};
use super::{Rule, When, EMERGENCY_QUESTION as EMERGENCY};

/// An everyday trigger a person can still change (S0 S1 S3 S4: hard
/// exercise, standing long, heat and sweat, too little water, caffeine or
/// other stimulants, high stress, short sleep; weak hints such as "a bit
/// stressed" do not count as explaining it). Twitching that goes on for
/// several days without one of these to blame needs a doctor (R1, R16).
/// It is also the one thing whose presence may lower the level, so the
/// properties test exempts exactly these choices from "never lower".
pub const LIFESTYLE_TRIGGER: When = Any(&[
    Picked("recent_activity", "hard_leg_exercise"),
    Picked("recent_activity", "long_standing"),
    Picked("recent_activity", "heavy_sweating_heat"),
    Picked("recent_activity", "little_water"),
    NumberAtLeast("caffeine_cups", 4),
    Picked("stimulants", "energy_preworkout"),
    Picked("stimulants", "amphetamines"),
    Picked("stress", "high"),
    Picked("sleep", "short"),
]);

/// Reasons that say less than another that also holds, and so are not
/// listed beside it (they still count for the level): "more than a week
/// without getting better" adds nothing to "more than two weeks".
pub const SAYS_LESS_THAN: &[(&str, &str)] = &[
    ("R1-no-improvement", "R1-over-two-weeks"),
    ("R1-several-days-no-trigger", "R1-over-two-weeks"),
    ("R1-several-days-no-trigger", "R1-no-improvement"),
    ("R15-injury", "R15-injury-severe"),
    ("R8-pain", "R8-severe-pain-swelling"),
];

/// Every warning-sign and safety rule; the outcome's level is the highest that
/// any rule which holds sets.
pub const RULES: &[Rule] = &[
    // --- Emergency check: any sign ends the questionnaire at once. ---
    // Stroke signs count now and earlier today, even if gone: a passing
    // episode can be a mini-stroke (T0).
    Rule {
        id: "E1-stroke-signs",
        covers: &["EMERGENCY"],
        when: Picked(EMERGENCY, "sudden_weakness_numbness_droop"),
        level: Emergency,
        sources: &["T0", "S0", "S2", "S4"],
    },
    Rule {
        id: "E2-sudden-speech-swallow",
        covers: &["EMERGENCY", "R11"],
        when: Picked(EMERGENCY, "sudden_speech_swallow"),
        level: Emergency,
        sources: &["T0", "S2", "S4"],
    },
    Rule {
        id: "E3-chest-pain",
        covers: &["EMERGENCY"],
        when: Picked(EMERGENCY, "chest_pain"),
        level: Emergency,
        sources: &["T0"],
    },
    Rule {
        id: "E4-breathing",
        covers: &["EMERGENCY"],
        when: Picked(EMERGENCY, "breathing"),
        level: Emergency,
        sources: &["T0"],
    },
    // S4: a suspected serious overdose needs emergency care now, whether or
    // not other symptoms have started yet.
    Rule {
        id: "E5-stimulant-overdose",
        covers: &["EMERGENCY", "R14"],
        when: Picked(EMERGENCY, "stimulant_overdose"),
        level: Emergency,
        sources: &["S4", "S3"],
    },
    // --- See a doctor as soon as possible (today or tomorrow). ---
    Rule {
        // Weakness anywhere, the leg or the arms and hands (S0 S1 S2 S4).
        id: "R4-weakness",
        covers: &["R4"],
        when: Any(&[
            Picked("nerve_muscle_signs", "weakness"),
            Picked("nerve_muscle_signs", "weakness_arms_hands"),
        ]),
        level: Urgent,
        sources: &["S0", "S1", "S2", "S4"],
    },
    Rule {
        id: "R5-balance",
        covers: &["R5"],
        when: Picked("nerve_muscle_signs", "balance"),
        level: Urgent,
        sources: &["S0", "S2", "S4"],
    },
    Rule {
        id: "R11-swallow-speak",
        covers: &["R11"],
        when: Picked("nerve_muscle_signs", "swallow_speak"),
        level: Urgent,
        sources: &["S2", "S4"],
    },
    Rule {
        // The articles list wasting beside weakness as a sign of the rare
        // nerve diseases; being cautious, it gets the same urgency as weakness.
        id: "R9-wasting",
        covers: &["R9"],
        when: Picked("nerve_muscle_signs", "wasting"),
        level: Urgent,
        sources: &["S0", "S2"],
    },
    Rule {
        // S4 and S2 list pain beside weakness, trouble balancing and trouble
        // swallowing: see a doctor as soon as possible.
        id: "R8-pain",
        covers: &["R8"],
        when: Picked("other_symptoms", "pain"),
        level: Urgent,
        sources: &["S0", "S1", "S2", "S3", "S4"],
    },
    Rule {
        // Pain that spreads down the leg is pain with the twitching (S4),
        // whatever its cause; S1 and S3 name a pinched nerve in the back.
        id: "R8-back-pain-leg",
        covers: &["R8", "C7"],
        when: Picked("nerve_pressure", "back_pain_leg"),
        level: Urgent,
        sources: &["S4", "S1", "S3"],
    },
    Rule {
        id: "R8-severe-pain-swelling",
        covers: &["R8"],
        when: Picked("other_symptoms", "severe_pain_swelling"),
        level: Urgent,
        sources: &["S1", "S4"],
    },
    Rule {
        id: "R15-injury-severe",
        covers: &["R15"],
        when: All(&[
            Picked("knee_injury", "recent_injury"),
            Any(&[
                Picked("other_symptoms", "severe_pain_swelling"),
                Picked("daily_life", "walking"),
            ]),
        ]),
        level: Urgent,
        sources: &["S3", "S1"],
    },
    // --- Book an appointment with a doctor (within about two weeks). ---
    Rule {
        id: "R1-over-two-weeks",
        covers: &["R1"],
        when: AtLeast("duration", "over_2_weeks"),
        level: Routine,
        sources: &["S0", "S1"],
    },
    Rule {
        // More than a week without getting better, whatever the trigger.
        id: "R1-no-improvement",
        covers: &["R1"],
        when: All(&[AtLeast("duration", "weeks_1_2"), AtLeast("trend", "same")]),
        level: Routine,
        sources: &["S1"],
    },
    Rule {
        // S1: "persists for several days ... without any improvement". With
        // an everyday trigger left to change, a few more days of self-care
        // come first; with none, a doctor should look for the cause (S0 S4).
        id: "R1-several-days-no-trigger",
        covers: &["R1", "R16"],
        when: All(&[
            AtLeast("duration", "days_4_7"),
            AtLeast("trend", "same"),
            Not(&LIFESTYLE_TRIGGER),
        ]),
        level: Routine,
        sources: &["S1", "S0", "S4"],
    },
    Rule {
        // The diary shows the twitching has gone on for more than two weeks,
        // whatever the person answered about its duration.
        id: "R1-diary-over-two-weeks",
        covers: &["R1"],
        when: When::DiaryOverTwoWeeks,
        level: Routine,
        sources: super::diary_signs::LASTING_SOURCES,
    },
    Rule {
        id: "R2-diary-rising",
        covers: &["R2"],
        when: When::DiaryRising,
        level: Routine,
        sources: super::diary_signs::RISING_SOURCES,
    },
    Rule {
        id: "R2-getting-worse",
        covers: &["R2"],
        when: Picked("trend", "worse"),
        level: Routine,
        sources: &["S0"],
    },
    Rule {
        id: "R3-spreading",
        covers: &["R3"],
        when: Picked("location", "other_body"),
        level: Routine,
        sources: &["S0", "S1"],
    },
    Rule {
        id: "R6-numbness",
        covers: &["R6"],
        when: Any(&[
            Picked("nerve_muscle_signs", "numbness"),
            Picked("nerve_muscle_signs", "hands_feet"),
        ]),
        level: Routine,
        sources: &["S0", "S1"],
    },
    Rule {
        id: "R7-tingling-burning",
        covers: &["R7"],
        when: Any(&[
            Picked("nerve_muscle_signs", "tingling_burning"),
            Picked("nerve_muscle_signs", "hands_feet"),
        ]),
        level: Routine,
        sources: &["S0", "S3"],
    },
    Rule {
        id: "R18-cramps",
        covers: &["R18", "R13"],
        when: Picked("other_symptoms", "cramps"),
        level: Routine,
        sources: &["S0", "S1", "S2"],
    },
    Rule {
        // S3: frequent twitching makes an appointment a must; S1 S2 S4 set
        // frequent twitching apart from the normal occasional twitch.
        id: "R17-frequent",
        covers: &["R17"],
        when: AtLeast("frequency", "many_times_a_day"),
        level: Routine,
        sources: &["S3", "S1", "S2", "S4"],
    },
    Rule {
        id: "R13-tiredness",
        covers: &["R13"],
        when: Picked("other_symptoms", "tiredness"),
        level: Routine,
        sources: &["S1"],
    },
    Rule {
        id: "R10-daily-life",
        covers: &["R10"],
        when: AnyPickedBut("daily_life", "none"),
        level: Routine,
        sources: &["S0", "S1"],
    },
    Rule {
        // Never stop a prescribed medicine on your own: the doctor adjusts it.
        id: "R12-new-medicine",
        covers: &["R12"],
        when: Any(&[
            Picked("medicines", "other_new_or_changed"),
            Picked("medicine_change", "yes"),
            Picked("medicine_change", "not_sure"),
        ]),
        level: Routine,
        sources: &["S0", "S1", "S3", "S4"],
    },
    Rule {
        id: "R15-injury",
        covers: &["R15"],
        when: Picked("knee_injury", "recent_injury"),
        level: Routine,
        sources: &["S3"],
    },
    Rule {
        id: "R16-lifestyle-tried",
        covers: &["R16"],
        when: Picked("lifestyle_tried", "yes"),
        level: Routine,
        sources: &["S0", "S4"],
    },
    Rule {
        // S1: pressure on a nerve from a herniated disc in the lower back
        // should be looked at by a doctor; the cause card says so.
        id: "C7-back-disc",
        covers: &["C7"],
        when: Picked("nerve_pressure", "back_disc"),
        level: Routine,
        sources: &["S1", "S3"],
    },
    Rule {
        // A warning-sign question left out of a loaded file: the sign cannot
        // be ruled out, so a doctor should check (never read as "no").
        id: "U1-signs-not-answered",
        covers: &["MISSING"],
        when: Any(&[
            Unanswered(EMERGENCY),
            Unanswered("location"),
            Unanswered("nerve_muscle_signs"),
            Unanswered("other_symptoms"),
            Unanswered("daily_life"),
            Unanswered("knee_injury"),
            Unanswered("nerve_pressure"),
        ]),
        level: Routine,
        sources: &["S0", "S1", "S4"],
    },
    Rule {
        // Restless legs syndrome is a condition a doctor diagnoses and treats.
        id: "C9-restless-legs",
        covers: &["C9"],
        when: Picked("restless_legs", "yes"),
        level: Routine,
        sources: &["S0", "S1"],
    },
    // --- Everyone: occasional twitching is common and usually harmless. ---
    Rule {
        id: "B0-usually-harmless",
        covers: &["BASELINE"],
        when: Always,
        level: SelfCare,
        sources: ALL_ARTICLES,
    },
];
