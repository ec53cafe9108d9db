//! The symptom diary: dates, checks, JSON, CSV and the stats the triage uses.
//!
//! - `dates`: the local date and time of an episode, and day numbers;
//! - `episodes`: one episode's checks, and the diary's order and size;
//! - `json`: the stored diary's shape, and what its reader refuses;
//! - `csv`: the export a doctor opens in a spreadsheet;
//! - `stats`: the counts and the trend the triage uses;
//! - `properties`: the same over random diaries and hostile JSON.

use knee_triage::formats::json::Value;
use knee_triage_core::json;

use knee_triage::formats::diary::{Diary, Episode, LocalDateTime, Side};

mod csv;
mod dates;
mod episodes;
mod json;
mod properties;
mod stats;

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).unwrap()
}

fn episode(when: &str) -> Episode {
    Episode::new(at(when), 2, 3, Side::Left, "", &[]).unwrap()
}

fn diary_of(times: &[&str]) -> Diary {
    let mut d = Diary::new();
    for t in times {
        d.add(episode(t)).unwrap();
    }
    d
}

fn day(text: &str) -> i32 {
    at(&format!("{text}T12:00")).day_number()
}

/// A valid JSON episode, with one field replaced (or removed when `None`).
fn json_episode(field: &str, value: Option<Value>) -> Value {
    let mut e = json!({
        "at": "2026-11-22T08:30",
        "minutes": 3,
        "strength": 2,
        "side": "left",
        "notes": "after a run",
        "triggers": ["exercise"],
    });
    let o = e.as_object_mut().unwrap();
    match value {
        Some(v) => {
            o.insert(field.to_string(), v);
        }
        None => {
            o.remove(field);
        }
    }
    e
}
