// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiTaxonomyReference`] and the types nested in it, from `#/components/schemas/AiTaxonomyReference`.

use crate::runtime::{self, serialize_struct, string_enum};

/// AI Taxonomy Reference
///
/// A taxonomy source to be used for the structured extraction. For your request to work, `fields` must also be provided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AiTaxonomyReference {
    /// The type of the taxonomy source.
    pub r#type: Option<super::AiTaxonomyReferenceTypeField>,
    /// The identifier for a taxonomy, which corresponds to the `taxonomy_key` of the taxonomy source.
    pub taxonomy_key: Option<String>,
    /// The namespace of the taxonomy source.
    pub namespace: Option<String>,
}

serialize_struct!(
    runtime,
    AiTaxonomyReference {
        r#type: optional("type"),
        taxonomy_key: optional("taxonomy_key"),
        namespace: optional("namespace")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    AiTaxonomyReference {
        r#type: optional::<Option<super::AiTaxonomyReferenceTypeField>>("type"),
        taxonomy_key: optional::<Option<String>>("taxonomy_key"),
        namespace: optional::<Option<String>>("namespace")
    }
);

/// The type of the taxonomy source.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiTaxonomyReferenceTypeField {
    /// `taxonomy`
    Taxonomy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AiTaxonomyReferenceTypeField, Unknown, Taxonomy = "taxonomy");
