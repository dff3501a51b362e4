// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ZipDownloadStatus`] and the types nested in it, from `#/components/schemas/ZipDownloadStatus`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Zip download status
///
/// The status of a `zip` archive being downloaded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ZipDownloadStatus {
    /// The total number of files in the archive.
    pub total_file_count: Option<i64>,
    /// The number of files that have already been downloaded.
    pub downloaded_file_count: Option<i64>,
    /// The number of files that have been skipped as they could not be
    /// downloaded. In many cases this is due to permission issues that have
    /// surfaced between the creation of the request for the archive and the
    /// archive being downloaded.
    pub skipped_file_count: Option<i64>,
    /// The number of folders that have been skipped as they could not be
    /// downloaded. In many cases this is due to permission issues that have
    /// surfaced between the creation of the request for the archive and the
    /// archive being downloaded.
    pub skipped_folder_count: Option<i64>,
    /// The state of the archive being downloaded.
    pub state: Option<super::ZipDownloadStatusStateField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ZipDownloadStatus {
        total_file_count: optional("total_file_count"),
        downloaded_file_count: optional("downloaded_file_count"),
        skipped_file_count: optional("skipped_file_count"),
        skipped_folder_count: optional("skipped_folder_count"),
        state: optional("state")
    }
);

deserialize_struct!(
    runtime,
    ZipDownloadStatus {
        total_file_count: optional::<Option<i64>>("total_file_count"),
        downloaded_file_count: optional::<Option<i64>>("downloaded_file_count"),
        skipped_file_count: optional::<Option<i64>>("skipped_file_count"),
        skipped_folder_count: optional::<Option<i64>>("skipped_folder_count"),
        state: optional::<Option<super::ZipDownloadStatusStateField>>("state")
    }
);

/// The state of the archive being downloaded.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ZipDownloadStatusStateField {
    /// `in_progress`
    InProgress,
    /// `failed`
    Failed,
    /// `succeeded`
    Succeeded,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ZipDownloadStatusStateField,
    Unknown,
    InProgress = "in_progress",
    Failed = "failed",
    Succeeded = "succeeded"
);
