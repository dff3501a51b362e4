// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTaxonomyLevels`] and the types nested in it, from `#/components/schemas/MetadataTaxonomyLevels/allOf/0`.

use crate::runtime::{self, deserialize_struct};

/// The `MetadataTaxonomyLevels` schema, which the spec does not describe (`#/components/schemas/MetadataTaxonomyLevels/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataTaxonomyLevels {
    /// An array of all taxonomy levels.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::MetadataTaxonomyLevel>>,
}

deserialize_struct!(
    runtime,
    MetadataTaxonomyLevels { entries: optional::<Option<Vec<super::MetadataTaxonomyLevel>>>("entries") }
);
