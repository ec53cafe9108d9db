//! The articles behind every rule and piece of advice.

use super::Source;

/// S0..S4 are the five articles listed in content-coverage.md. T0 is not an
/// article: it stands for the emergency check that telephone and online triage
/// services ask first, which content-coverage.md adds on top of the articles.
pub const SOURCES: &[Source] = &[
    Source {
        id: "S0",
        title: "Why Are My Knees Twitching? Common Causes and What to Do",
    },
    Source {
        id: "S1",
        title: "Why does my knee twitch?",
    },
    Source {
        id: "S2",
        title: "Knee Twitching: Causes, Symptoms, and Treatment Options",
    },
    Source {
        id: "S3",
        title: "Twitching in the knee",
    },
    Source {
        id: "S4",
        title: "Knee twitching: causes and treatment",
    },
    Source {
        id: "T0",
        title: "Standard emergency check of telephone and online triage",
    },
];

/// Every article, for advice that all five agree on.
pub const ALL_ARTICLES: &[&str] = &["S0", "S1", "S2", "S3", "S4"];
