//! What the widget keeps on a person's device once they opt in: their
//! answers and their symptom diary, in one small versioned JSON document.
//!
//! Reading never trusts the stored text: another version, a damaged value or
//! a hand-edited entry is refused as a whole, so the widget can set it aside
//! and start fresh instead of half-loading it.

use crate::formats::json::{Map, Value};

use crate::engine::{AnswerError, Answers};
use crate::formats::diary::{Diary, DiaryError};

/// The `format` field of a stored record, so other data under the same storage
/// key is refused.
pub const RECORD_FORMAT: &str = "knee-triage-device";
/// The record's version: raise it when the stored shape changes meaning, so an
/// old record is set aside rather than misread.
pub const RECORD_VERSION: u64 = 1;

/// Everything kept on the device.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DeviceRecord {
    /// The answers, read with the same checks as an answers file.
    pub answers: Answers,
    /// The symptom diary.
    pub diary: Diary,
    /// The kept answers came from an earlier answers format whose choices
    /// meant something else: they are left out (the person answers again)
    /// and the diary is still read.
    pub answers_outdated: bool,
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// The stored text is not JSON (damaged, or written by something else).
    NotJson,
    /// JSON, but not a knee-triage device record.
    OtherFormat,
    /// A record version this widget does not read.
    OtherVersion,
    /// The answers in it were refused.
    Answers(AnswerError),
    /// The diary in it was refused.
    Diary(DiaryError),
}

/// Why the record was set aside, in words (for a log or a fuzz report; the
/// person sees the widget's own notice).
impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecordError::NotJson => f.write_str("the kept record is not valid JSON"),
            RecordError::OtherFormat => write!(
                f,
                "format: this is not a knee-triage device record (expected \"{RECORD_FORMAT}\")"
            ),
            RecordError::OtherVersion => write!(
                f,
                "version: this widget reads device records of version {RECORD_VERSION} only"
            ),
            RecordError::Answers(e) => write!(f, "the kept answers were refused: {e}"),
            RecordError::Diary(e) => write!(f, "the kept diary was refused: {e}"),
        }
    }
}

impl std::error::Error for RecordError {}

impl DeviceRecord {
    /// The record as compact JSON, for device storage.
    pub fn to_json(&self) -> String {
        let mut top = Map::new();
        top.insert("format".into(), RECORD_FORMAT.into());
        top.insert("version".into(), RECORD_VERSION.into());
        top.insert("answers".into(), self.answers.to_value());
        top.insert("diary".into(), self.diary.to_json_value());
        Value::Object(top).to_string()
    }

    /// Reads a stored record, refusing it as a whole if a part fails its
    /// checks.
    pub fn from_json(text: &str) -> Result<DeviceRecord, RecordError> {
        let doc: Value = Value::parse(text).map_err(|_| RecordError::NotJson)?;
        let top = doc.as_object().ok_or(RecordError::OtherFormat)?;
        if top.get("format").and_then(Value::as_str) != Some(RECORD_FORMAT) {
            return Err(RecordError::OtherFormat);
        }
        if top.get("version").and_then(Value::as_u64) != Some(RECORD_VERSION) {
            return Err(RecordError::OtherVersion);
        }
        let (answers, answers_outdated) = match top.get("answers").map(Answers::from_value) {
            None => (Answers::default(), false),
            Some(Ok(answers)) => (answers, false),
            Some(Err(AnswerError::OlderVersion { .. })) => (Answers::default(), true),
            Some(Err(e)) => return Err(RecordError::Answers(e)),
        };
        let diary = top
            .get("diary")
            .map(Diary::from_json_value)
            .transpose()
            .map_err(RecordError::Diary)?
            .unwrap_or_default();
        Ok(DeviceRecord {
            answers,
            diary,
            answers_outdated,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_the_same() {
        let record = DeviceRecord {
            answers: Answers::from_json(include_str!("../../../../tests/vignettes/V09.json"))
                .unwrap(),
            diary: Diary::from_json_value(&crate::json!([{
                "at": "2026-11-20T21:30", "minutes": 2, "strength": 3, "side": "left",
                "notes": "after a long walk", "triggers": ["exercise"]
            }]))
            .unwrap(),
            answers_outdated: false,
        };
        assert_eq!(DeviceRecord::from_json(&record.to_json()).unwrap(), record);
    }

    #[test]
    fn answers_of_an_earlier_format_are_left_out_and_the_diary_kept() {
        let old = r#"{"format":"knee-triage-device","version":1,"answers":{"format":"knee-triage-answers","version":1,"answers":{"emergency":["none"]}},"diary":[{"at":"2026-11-20T21:30","minutes":2,"strength":3,"side":"left","notes":"","triggers":[]}]}"#;
        let record = DeviceRecord::from_json(old).unwrap();
        assert!(record.answers_outdated);
        assert!(record.answers.is_empty());
        assert_eq!(record.diary.episodes().len(), 1);
    }

    #[test]
    fn damaged_or_foreign_records_are_refused_whole() {
        assert_eq!(
            DeviceRecord::from_json("{\"format\":"),
            Err(RecordError::NotJson)
        );
        assert_eq!(DeviceRecord::from_json("[]"), Err(RecordError::OtherFormat));
        assert_eq!(
            DeviceRecord::from_json(r#"{"format":"knee-triage-device","version":9}"#),
            Err(RecordError::OtherVersion)
        );
        let bad = r#"{"format":"knee-triage-device","version":1,"answers":{"format":"knee-triage-answers","version":2,"answers":{"duration":"forever"}}}"#;
        assert!(matches!(
            DeviceRecord::from_json(bad),
            Err(RecordError::Answers(_))
        ));
    }
}
