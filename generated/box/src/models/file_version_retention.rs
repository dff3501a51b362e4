// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionRetention`] and the types nested in it, from `#/components/schemas/FileVersionRetention`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// File version retention
///
/// A retention policy blocks permanent deletion of content
/// for a specified amount of time. Admins can apply policies to
/// specified folders, or an entire enterprise. A file version retention
/// is a  record for a retained file version. To use this feature,
/// you must  have the manage retention policies scope enabled for your
/// API key in your application management console.
///
/// **Note**:
/// File retention API is now **deprecated**.
/// To get information about files and file versions under retention,
/// see [files under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-files-under-retention) or [file versions under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-file-versions-under-retention) endpoints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileVersionRetention {
    /// The unique identifier for this file version retention.
    pub id: Option<String>,
    /// The value will always be `file_version_retention`.
    pub r#type: Option<super::FileVersionRetentionTypeField>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/FileVersionRetention/properties/file_version`).
    pub file_version: Option<super::FileVersionMini>,
    /// The `file` property, which the spec does not describe (`#/components/schemas/FileVersionRetention/properties/file`).
    pub file: Option<super::FileMini>,
    /// When this file version retention object was
    /// created.
    pub applied_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the retention expires on this file
    /// version retention.
    pub disposition_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `winning_retention_policy` property, which the spec does not describe (`#/components/schemas/FileVersionRetention/properties/winning_retention_policy`).
    pub winning_retention_policy: Option<super::RetentionPolicyMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileVersionRetention {
        id: optional("id"),
        r#type: optional("type"),
        file_version: optional("file_version"),
        file: optional("file"),
        applied_at: optional("applied_at"),
        disposition_at: optional("disposition_at"),
        winning_retention_policy: optional("winning_retention_policy")
    }
);

deserialize_struct!(
    runtime,
    FileVersionRetention {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::FileVersionRetentionTypeField>>("type"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version"),
        file: optional::<Option<super::FileMini>>("file"),
        applied_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("applied_at"),
        disposition_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("disposition_at"),
        winning_retention_policy: optional::<Option<super::RetentionPolicyMini>>("winning_retention_policy")
    }
);

/// The value will always be `file_version_retention`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileVersionRetentionTypeField {
    /// `file_version_retention`
    FileVersionRetention,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileVersionRetentionTypeField, Unknown, FileVersionRetention = "file_version_retention");
