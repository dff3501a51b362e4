// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderLocks`] and the types nested in it, from `#/components/schemas/FolderLocks`.

use crate::runtime::{self, deserialize_struct};

/// Folder Locks
///
/// A list of folder locks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FolderLocks {
    /// A list of folder locks.
    pub entries: Option<Vec<super::FolderLock>>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<String>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderLocks { entries: optional("entries"), limit: optional("limit"), next_marker: optional("next_marker") }
);

deserialize_struct!(
    runtime,
    FolderLocks {
        entries: optional::<Option<Vec<super::FolderLock>>>("entries"),
        limit: optional::<Option<String>>("limit"),
        next_marker: optional::<Option<String>>("next_marker")
    }
);
