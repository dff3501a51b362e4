// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiTaxonomyFileReference`] and the types nested in it, from `#/components/schemas/AiTaxonomyFileReference`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI Taxonomy File Reference
///
/// A taxonomy `.csv` file to be used for the structured extraction. For your request to work, `fields` must also be provided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiTaxonomyFileReference {
    /// The type of the taxonomy source.
    pub r#type: Option<super::AiTaxonomyFileReferenceTypeField>,
    /// The identifier for a taxonomy, which corresponds to the `taxonomy_key` of the taxonomy source.
    pub taxonomy_key: Option<String>,
    /// The ID of the taxonomy source. Required if the type is `file` and unsupported if the type is `taxonomy`.
    pub id: Option<String>,
}

serialize_struct!(
    runtime,
    AiTaxonomyFileReference { r#type: optional("type"), taxonomy_key: optional("taxonomy_key"), id: optional("id") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiTaxonomyFileReference {
        r#type: optional::<Option<super::AiTaxonomyFileReferenceTypeField>>("type"),
        taxonomy_key: optional::<Option<String>>("taxonomy_key"),
        id: optional::<Option<String>>("id")
    }
);

/// The type of the taxonomy source.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiTaxonomyFileReferenceTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiTaxonomyFileReferenceTypeField, Unknown, File = "file");
