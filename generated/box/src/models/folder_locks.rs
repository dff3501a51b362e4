// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderLocks`] and the types nested in it, from `#/components/schemas/FolderLocks`.

use crate::runtime::{self, deserialize_struct};

/// Folder Locks
///
/// A list of folder locks.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FolderLocks {
    /// A list of folder locks.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::FolderLock>>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub limit: Option<String>,
    /// The marker for the start of the next page of results.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next_marker: Option<String>,
}

deserialize_struct!(
    runtime,
    FolderLocks {
        entries: optional::<Option<Vec<super::FolderLock>>>("entries"),
        limit: optional::<Option<String>>("limit"),
        next_marker: optional::<Option<String>>("next_marker")
    }
);
