// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AiTaxonomyReference`] and the types nested in it, from `#/components/schemas/AiTaxonomyReference`.

/// AI Taxonomy Reference
///
/// A taxonomy source to be used for the structured extraction. For your request to work, `fields` must also be provided.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AiTaxonomyReference {
    /// The type of the taxonomy source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::AiTaxonomyReferenceTypeField>,
    /// The identifier for a taxonomy, which corresponds to the `taxonomy_key` of the taxonomy source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy_key: Option<String>,
    /// The namespace of the taxonomy source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

/// The type of the taxonomy source.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AiTaxonomyReferenceTypeField {
    /// `taxonomy`
    Taxonomy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AiTaxonomyReferenceTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Taxonomy => "taxonomy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AiTaxonomyReferenceTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "taxonomy" => Self::Taxonomy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AiTaxonomyReferenceTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AiTaxonomyReferenceTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AiTaxonomyReferenceTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
