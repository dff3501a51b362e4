// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionLegalHold`] and the types nested in it, from `#/components/schemas/FileVersionLegalHold`.

use crate::runtime::{self, string_enum};

/// File version legal hold
///
/// File version legal hold is an entity representing all
/// holds on a File Version.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileVersionLegalHold {
    /// The unique identifier for this file version legal hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `file_version_legal_hold`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::FileVersionLegalHoldTypeField>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/FileVersionLegalHold/properties/file_version`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_version: Option<super::FileVersionMini>,
    /// The `file` property, which the spec does not describe (`#/components/schemas/FileVersionLegalHold/properties/file`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<super::FileMini>,
    /// List of assignments contributing to this Hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_hold_policy_assignments: Option<Vec<super::LegalHoldPolicyAssignment>>,
    /// Time that this File-Version-Legal-Hold was
    /// deleted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The value will always be `file_version_legal_hold`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileVersionLegalHoldTypeField {
    /// `file_version_legal_hold`
    FileVersionLegalHold,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileVersionLegalHoldTypeField, Unknown, FileVersionLegalHold = "file_version_legal_hold");
