// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionLegalHold`] and the types nested in it, from `#/components/schemas/FileVersionLegalHold`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// File version legal hold
///
/// File version legal hold is an entity representing all
/// holds on a File Version.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileVersionLegalHold {
    /// The unique identifier for this file version legal hold.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The value will always be `file_version_legal_hold`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<super::FileVersionLegalHoldTypeField>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/FileVersionLegalHold/properties/file_version`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub file_version: Option<super::FileVersionMini>,
    /// The `file` property, which the spec does not describe (`#/components/schemas/FileVersionLegalHold/properties/file`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub file: Option<super::FileMini>,
    /// List of assignments contributing to this Hold.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub legal_hold_policy_assignments: Option<Vec<super::LegalHoldPolicyAssignment>>,
    /// Time that this File-Version-Legal-Hold was
    /// deleted.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

deserialize_struct!(
    runtime,
    FileVersionLegalHold {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::FileVersionLegalHoldTypeField>>("type"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version"),
        file: optional::<Option<super::FileMini>>("file"),
        legal_hold_policy_assignments: optional::<Option<Vec<super::LegalHoldPolicyAssignment>>>(
            "legal_hold_policy_assignments"
        ),
        deleted_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("deleted_at")
    }
);

/// The value will always be `file_version_legal_hold`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileVersionLegalHoldTypeField {
    /// `file_version_legal_hold`
    FileVersionLegalHold,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileVersionLegalHoldTypeField, Unknown, FileVersionLegalHold = "file_version_legal_hold");
