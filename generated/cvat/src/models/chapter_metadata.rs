// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ChapterMetadata`] and the types nested in it, from `#/components/schemas/ChapterMetadata`.

use crate::runtime::{self, deserialize_struct};

/// The `ChapterMetadata` schema, which the spec does not describe (`#/components/schemas/ChapterMetadata`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChapterMetadata {
    /// The `title` property, which the spec does not describe (`#/components/schemas/ChapterMetadata/properties/title`).
    pub title: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, ChapterMetadata { title: optional("title") });

deserialize_struct!(runtime, ChapterMetadata { title: optional::<Option<String>>("title") });
