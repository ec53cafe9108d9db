//! The questionnaire, in the order it is asked.
//!
//! Ordered questions list their choices from least to most concerning, so a
//! rule can say "at least four days". Where a "Not sure" choice sits at the
//! end of such a list it is deliberately treated as the most concerning answer:
//! when a person cannot tell, the widget assumes the cautious case.

use super::sources::ALL_ARTICLES;
use super::AnswerKind::{Many, Number, One};
use super::When::{AtLeast, Picked};
use super::{alone, choice, Question, When};

/// The emergency check always comes first; any sign here ends the questionnaire.
/// It asks about now and about earlier today: stroke signs that came and went
/// can be a mini-stroke, and still need the emergency number.
pub const EMERGENCY_QUESTION: &str = "emergency";

/// The questionnaire, in the order it is asked; the emergency check comes
/// first.
pub const QUESTIONS: &[Question] = &[
    Question {
        id: EMERGENCY_QUESTION,
        kind: Many,
        choices: &[
            choice("sudden_weakness_numbness_droop"),
            choice("sudden_speech_swallow"),
            choice("chest_pain"),
            choice("breathing"),
            choice("stimulant_overdose"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["T0", "S2", "S4"],
    },
    Question {
        id: "duration",
        kind: One,
        choices: &[
            choice("days_0_3"),
            choice("days_4_7"),
            choice("weeks_1_2"),
            choice("over_2_weeks"),
            // Last on purpose: an unknown duration counts as a long one.
            choice("not_sure"),
        ],
        asked_when: When::Always,
        if_missing: Some("not_sure"),
        sources: &["S0", "S1"],
    },
    Question {
        id: "trend",
        kind: One,
        choices: &[
            choice("better"),
            choice("same"),
            choice("worse"),
            // Last on purpose: "not sure" never counts as getting better.
            choice("not_sure"),
        ],
        asked_when: When::Always,
        if_missing: Some("not_sure"),
        sources: &["S0", "S1"],
    },
    Question {
        // An occasional twitch is normal; frequent twitching needs a doctor.
        id: "frequency",
        kind: One,
        choices: &[
            choice("now_and_then"),
            choice("many_times_a_day"),
            choice("almost_constant"),
            // Last on purpose: "not sure" counts as frequent.
            choice("not_sure"),
        ],
        asked_when: When::Always,
        if_missing: Some("not_sure"),
        sources: &["S1", "S2", "S3", "S4"],
    },
    Question {
        id: "location",
        kind: One,
        choices: &[
            choice("knee_only"),
            choice("same_leg"),
            choice("other_body"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1", "S3", "S4"],
    },
    Question {
        id: "nerve_muscle_signs",
        kind: Many,
        choices: &[
            choice("weakness"),
            choice("weakness_arms_hands"),
            choice("balance"),
            choice("numbness"),
            choice("tingling_burning"),
            choice("hands_feet"),
            choice("wasting"),
            choice("swallow_speak"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1", "S2", "S3", "S4"],
    },
    Question {
        id: "other_symptoms",
        kind: Many,
        choices: &[
            choice("pain"),
            choice("severe_pain_swelling"),
            choice("cramps"),
            choice("tiredness"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1", "S2", "S4"],
    },
    Question {
        id: "daily_life",
        kind: Many,
        choices: &[
            choice("sleep"),
            choice("work"),
            choice("walking"),
            choice("daily_tasks"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1"],
    },
    Question {
        id: "recent_activity",
        kind: Many,
        choices: &[
            choice("hard_leg_exercise"),
            choice("long_standing"),
            choice("heavy_sweating_heat"),
            choice("little_water"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: ALL_ARTICLES,
    },
    Question {
        id: "caffeine_cups",
        kind: Number { min: 0, max: 40 },
        choices: &[],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S2", "S3", "S4"],
    },
    Question {
        id: "stimulants",
        kind: Many,
        choices: &[
            choice("energy_preworkout"),
            choice("amphetamines"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S2", "S3", "S4"],
    },
    Question {
        id: "stress",
        kind: One,
        choices: &[choice("low"), choice("some"), choice("high")],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1", "S2", "S3"],
    },
    Question {
        id: "sleep",
        kind: One,
        choices: &[choice("enough"), choice("bit_short"), choice("short")],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S3"],
    },
    Question {
        id: "medicines",
        kind: Many,
        choices: &[
            choice("diuretic"),
            choice("corticosteroid"),
            choice("estrogen"),
            choice("other_new_or_changed"),
            alone("none"),
            alone("not_sure"),
        ],
        asked_when: When::Always,
        if_missing: Some("not_sure"),
        sources: &["S0", "S1", "S3", "S4"],
    },
    Question {
        id: "medicine_change",
        kind: One,
        choices: &[choice("no"), choice("yes"), choice("not_sure")],
        // Asked only about the named medicines: "another new or changed
        // medicine" already says that something changed.
        asked_when: When::Any(&[
            Picked("medicines", "diuretic"),
            Picked("medicines", "corticosteroid"),
            Picked("medicines", "estrogen"),
        ]),
        if_missing: Some("not_sure"),
        sources: &["S0", "S1", "S3", "S4"],
    },
    Question {
        id: "diet_sun",
        kind: Many,
        choices: &[
            choice("plant_based"),
            choice("limited_diet"),
            choice("little_sun"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1", "S3", "S4"],
    },
    Question {
        id: "knee_injury",
        kind: Many,
        choices: &[choice("recent_injury"), choice("overuse"), alone("none")],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S1", "S3"],
    },
    Question {
        id: "nerve_pressure",
        kind: Many,
        choices: &[
            choice("crossed_legs"),
            choice("knee_pressure"),
            choice("back_disc"),
            choice("back_pain_leg"),
            alone("none"),
        ],
        asked_when: When::Always,
        if_missing: None,
        sources: &["S0", "S1", "S3"],
    },
    Question {
        id: "restless_legs",
        kind: One,
        choices: &[choice("no"), choice("not_sure"), choice("yes")],
        asked_when: When::Always,
        if_missing: Some("not_sure"),
        sources: &["S0", "S1"],
    },
    Question {
        id: "lifestyle_tried",
        kind: One,
        choices: &[choice("no"), choice("yes")],
        // Changing habits needs a few days to show an effect, so the question
        // only makes sense once the twitching has lasted that long.
        asked_when: AtLeast("duration", "days_4_7"),
        if_missing: None,
        sources: &["S0", "S4"],
    },
];
