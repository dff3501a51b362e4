// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Files`] and the types nested in it, from `#/components/schemas/Files`.

use crate::runtime::{self, deserialize_struct};

/// Files
///
/// A list of files.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Files {
    /// The number of files.
    pub total_count: Option<i64>,
    /// A list of files.
    pub entries: Option<Vec<super::FileFull>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Files { total_count: optional("total_count"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    Files {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::FileFull>>>("entries")
    }
);
