//! The diary in JSON, as it sits in the device record and an export, and
//! the reader that checks a stored or imported one field by field.

use crate::formats::json::{Map, Value};

use super::{echo, Diary, DiaryError, Episode, Side, Trigger};
use super::{MAX_EPISODES, MAX_MINUTES, MAX_STRENGTH, MIN_STRENGTH};

/// The fields of one episode in JSON, in the order they are written.
const EPISODE_FIELDS: [&str; 6] = ["at", "minutes", "strength", "side", "notes", "triggers"];

impl Episode {
    fn to_json_value(&self) -> Value {
        let mut o = Map::new();
        o.insert("at".into(), Value::from(self.at.to_string()));
        o.insert("minutes".into(), Value::from(self.minutes));
        o.insert("strength".into(), Value::from(self.strength));
        o.insert("side".into(), Value::from(self.side.id()));
        o.insert("notes".into(), Value::from(self.notes.as_str()));
        let triggers = self.triggers.iter().map(|t| Value::from(t.id())).collect();
        o.insert("triggers".into(), Value::Array(triggers));
        Value::Object(o)
    }
}

impl Diary {
    /// The diary as a JSON array of episodes, oldest first, each
    /// `{"at","minutes","strength","side","notes","triggers"}` with ids for
    /// the side and triggers. Meant to sit inside the device record and an
    /// export.
    pub fn to_json_value(&self) -> Value {
        Value::Array(self.episodes.iter().map(Episode::to_json_value).collect())
    }

    /// Reads a diary written by [`Diary::to_json_value`], walking the value by
    /// hand so each refusal names its field (`diary[3].strength`) and nothing
    /// in a hostile value can panic. Every field is required and no other is
    /// allowed. As in [`Episode::new`], control characters are removed from
    /// notes and triggers are put in order; episodes out of time order are
    /// sorted.
    pub fn from_json_value(value: &Value) -> Result<Diary, DiaryError> {
        let items = value.as_array().ok_or_else(|| DiaryError::NotAList {
            field: "diary".into(),
        })?;
        if items.len() > MAX_EPISODES {
            return Err(DiaryError::TooMany {
                field: "diary".into(),
                max: MAX_EPISODES,
            });
        }
        let mut diary = Diary {
            episodes: Vec::with_capacity(items.len()),
        };
        for (i, item) in items.iter().enumerate() {
            let episode = read_episode(item, &format!("diary[{i}]"))?;
            diary.insert(episode);
        }
        Ok(diary)
    }
}

fn read_episode(value: &Value, path: &str) -> Result<Episode, DiaryError> {
    let o = value.as_object().ok_or_else(|| DiaryError::NotAnObject {
        field: path.to_string(),
    })?;
    for key in o.keys() {
        if !EPISODE_FIELDS.contains(&key.as_str()) {
            return Err(DiaryError::UnknownField {
                field: format!("{path}.{}", echo(key)),
            });
        }
    }
    let get = |name: &str| {
        o.get(name).ok_or_else(|| DiaryError::MissingField {
            field: format!("{path}.{name}"),
        })
    };
    let wrong = |name: &str, expected: &'static str| DiaryError::WrongType {
        field: format!("{path}.{name}"),
        expected,
    };

    let at_text = get("at")?
        .as_str()
        .ok_or_else(|| wrong("at", "a date and time written YYYY-MM-DDTHH:MM"))?;
    let at = super::date::parse_at(at_text, &format!("{path}.at"))?;

    let minutes = whole_number(get("minutes")?, path, "minutes", 0, MAX_MINUTES.into())?;
    let strength = whole_number(
        get("strength")?,
        path,
        "strength",
        MIN_STRENGTH.into(),
        MAX_STRENGTH.into(),
    )?;

    let side_id = get("side")?
        .as_str()
        .ok_or_else(|| wrong("side", "\"left\", \"right\" or \"both\""))?;
    let side = Side::from_id(side_id).ok_or_else(|| DiaryError::UnknownChoice {
        field: format!("{path}.side"),
        choice: echo(side_id),
    })?;

    let notes = get("notes")?
        .as_str()
        .ok_or_else(|| wrong("notes", "text (a string)"))?;

    let items = get("triggers")?
        .as_array()
        .ok_or_else(|| wrong("triggers", "a list of trigger ids (an array of strings)"))?;
    let mut triggers = Vec::with_capacity(items.len().min(Trigger::ALL.len()));
    for (i, item) in items.iter().enumerate() {
        let field = format!("{path}.triggers[{i}]");
        let id = item.as_str().ok_or_else(|| DiaryError::WrongType {
            field: field.clone(),
            expected: "a trigger id (a string)",
        })?;
        let trigger = Trigger::from_id(id).ok_or_else(|| DiaryError::UnknownChoice {
            field: field.clone(),
            choice: echo(id),
        })?;
        if triggers.contains(&trigger) {
            return Err(DiaryError::Repeated {
                field,
                choice: trigger.id(),
            });
        }
        triggers.push(trigger);
    }

    // The ranges were checked above, so these conversions cannot fail.
    let minutes = u16::try_from(minutes).unwrap_or(MAX_MINUTES);
    let strength = u8::try_from(strength).unwrap_or(MAX_STRENGTH);
    Episode {
        at,
        minutes,
        strength,
        side,
        notes: notes.to_string(),
        triggers,
    }
    .checked(&format!("{path}."))
}

/// A whole number in `min..=max`; other numbers are out of range, anything
/// else is the wrong type.
fn whole_number(
    value: &Value,
    path: &str,
    name: &str,
    min: u32,
    max: u32,
) -> Result<u32, DiaryError> {
    let field = format!("{path}.{name}");
    let out_of_range = || DiaryError::OutOfRange {
        field: field.clone(),
        min,
        max,
    };
    let Value::Number(n) = value else {
        return Err(DiaryError::WrongType {
            field: field.clone(),
            expected: "a whole number",
        });
    };
    // Negative, fractional and huge numbers are all outside the range.
    let n = n.as_u64().ok_or_else(out_of_range)?;
    u32::try_from(n)
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(out_of_range)
}
