// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ChapterMetadata`] and the types nested in it, from `#/components/schemas/ChapterMetadata`.

use crate::runtime::{self, deserialize_struct};

/// The `ChapterMetadata` schema, which the spec does not describe (`#/components/schemas/ChapterMetadata`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct ChapterMetadata {
    /// The `title` property, which the spec does not describe (`#/components/schemas/ChapterMetadata/properties/title`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub title: Option<String>,
}

deserialize_struct!(runtime, ChapterMetadata { title: optional::<Option<String>>("title") });
