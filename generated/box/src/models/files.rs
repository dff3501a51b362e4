// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Files`] and the types nested in it, from `#/components/schemas/Files`.

use crate::runtime::{self, deserialize_struct};

/// Files
///
/// A list of files.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Files {
    /// The number of files.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub total_count: Option<i64>,
    /// A list of files.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::FileFull>>,
}

deserialize_struct!(
    runtime,
    Files {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::FileFull>>>("entries")
    }
);
