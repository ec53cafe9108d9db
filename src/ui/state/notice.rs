//! What the status region says about storage, files and language files,
//! and why a chosen answers file was refused: kept apart from the
//! questionnaire's steps because they happen outside it.

use crate::engine::AnswerError;
use crate::knowledge::catalog::Lang;

/// A message about something that happened outside the questionnaire
/// (storage, files), shown in a status region that screen readers announce.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Restored,
    /// Restored the diary; the answers were of an earlier format.
    RestoredOutdated,
    SetAside,
    StorageUnavailable,
    StorageFull,
    Erased,
    /// The person unticked "Remember"; what was kept has been removed.
    Forgotten,
    Imported,
    /// Loaded answers hold an emergency sign, so the result opened at once.
    ImportedEmergency,
    ImportRefused(ImportProblem),
    /// The person picked a language whose text could not be fetched; the
    /// checker stays in the language shown.
    LanguageUnavailable(Lang),
    /// The FHIR export needs the English text, which could not be fetched.
    FhirUnavailable,
}

/// Why a chosen answers file was refused; the answers on screen stay as they were.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportProblem {
    pub kind: ImportKind,
    /// The field at fault, as named by the reader ("answers.duration").
    pub field: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    TooBig,
    Unreadable,
    NotJson,
    RepeatedKey,
    OtherFormat,
    OtherVersion,
    OlderVersion,
    UnknownId,
    Invalid,
}

impl ImportKind {
    /// The catalog key of the message that explains the refusal.
    pub fn message_key(self) -> &'static str {
        match self {
            ImportKind::TooBig => "ui.import.error.too_big",
            ImportKind::Unreadable => "ui.import.error.unreadable",
            ImportKind::NotJson => "ui.import.error.not_json",
            ImportKind::RepeatedKey => "ui.import.error.repeated_key",
            ImportKind::OtherFormat => "ui.import.error.other_format",
            ImportKind::OtherVersion => "ui.import.error.other_version",
            ImportKind::OlderVersion => "ui.import.error.older_version",
            ImportKind::UnknownId => "ui.import.error.unknown_id",
            ImportKind::Invalid => "ui.import.error.invalid",
        }
    }
}

impl From<AnswerError> for ImportProblem {
    fn from(e: AnswerError) -> Self {
        let kind = match &e {
            AnswerError::NotJson { .. } => ImportKind::NotJson,
            AnswerError::RepeatedKey { .. } => ImportKind::RepeatedKey,
            AnswerError::WrongFormat { .. } => ImportKind::OtherFormat,
            AnswerError::UnsupportedVersion { .. } => ImportKind::OtherVersion,
            AnswerError::OlderVersion { .. } => ImportKind::OlderVersion,
            AnswerError::UnknownQuestion { .. }
            | AnswerError::UnknownChoice { .. }
            | AnswerError::UnknownField { .. } => ImportKind::UnknownId,
            _ => ImportKind::Invalid,
        };
        ImportProblem {
            kind,
            field: e.field().to_string(),
        }
    }
}
