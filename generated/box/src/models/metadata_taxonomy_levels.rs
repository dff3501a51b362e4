// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyLevels`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyLevels/allOf/0`.

use crate::runtime::{self, deserialize_struct};

/// The `MetadataTaxonomyLevels` schema, which the spec does not describe (`#/components/schemas/MetadataTaxonomyLevels/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataTaxonomyLevels {
    /// An array of all taxonomy levels.
    pub entries: Option<Vec<super::MetadataTaxonomyLevel>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, MetadataTaxonomyLevels { entries: optional("entries") });

deserialize_struct!(
    runtime,
    MetadataTaxonomyLevels { entries: optional::<Option<Vec<super::MetadataTaxonomyLevel>>>("entries") }
);
