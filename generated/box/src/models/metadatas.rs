// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Metadatas`] and the types nested in it, from `#/components/schemas/Metadatas`.

use crate::runtime::{self, deserialize_struct};

/// Metadata instances
///
/// A list of metadata instances that have been applied to a file or folder.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Metadatas {
    /// A list of metadata instances, as applied to this file or folder.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::Metadata>>,
    /// The limit that was used for this page of results.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub limit: Option<i64>,
}

deserialize_struct!(
    runtime,
    Metadatas { entries: optional::<Option<Vec<super::Metadata>>>("entries"), limit: optional::<Option<i64>>("limit") }
);
