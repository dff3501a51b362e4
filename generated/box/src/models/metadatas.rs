// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Metadatas`] and the types nested in it, from `#/components/schemas/Metadatas`.

use crate::runtime::{self, deserialize_struct};

/// Metadata instances
///
/// A list of metadata instances that have been applied to a file or folder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadatas {
    /// A list of metadata instances, as applied to this file or folder.
    pub entries: Option<Vec<super::Metadata>>,
    /// The limit that was used for this page of results.
    pub limit: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Metadatas { entries: optional("entries"), limit: optional("limit") });

deserialize_struct!(
    runtime,
    Metadatas { entries: optional::<Option<Vec<super::Metadata>>>("entries"), limit: optional::<Option<i64>>("limit") }
);
