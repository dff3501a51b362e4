// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionLegalHold`] and the types nested in it, from `#/components/schemas/FileVersionLegalHold`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// File version legal hold
///
/// File version legal hold is an entity representing all
/// holds on a File Version.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileVersionLegalHold {
    /// The unique identifier for this file version legal hold.
    pub id: Option<String>,
    /// The value will always be `file_version_legal_hold`.
    pub r#type: Option<super::FileVersionLegalHoldTypeField>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/FileVersionLegalHold/properties/file_version`).
    pub file_version: Option<super::FileVersionMini>,
    /// The `file` property, which the spec does not describe (`#/components/schemas/FileVersionLegalHold/properties/file`).
    pub file: Option<super::FileMini>,
    /// List of assignments contributing to this Hold.
    pub legal_hold_policy_assignments: Option<Vec<super::LegalHoldPolicyAssignment>>,
    /// Time that this File-Version-Legal-Hold was
    /// deleted.
    pub deleted_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileVersionLegalHold {
        id: optional("id"),
        r#type: optional("type"),
        file_version: optional("file_version"),
        file: optional("file"),
        legal_hold_policy_assignments: optional("legal_hold_policy_assignments"),
        deleted_at: optional("deleted_at")
    }
);

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
