// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServiceBase`] and the types nested in it, from `#/components/schemas/TermsOfService--Base`.

/// Terms of service (Base)
///
/// The root-level record that is supposed to represent a
/// single Terms of Service.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TermsOfServiceBase {
    /// The unique identifier for this terms of service.
    pub id: String,
    /// The value will always be `terms_of_service`.
    pub r#type: super::TermsOfServiceBaseTypeField,
}

/// The value will always be `terms_of_service`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermsOfServiceBaseTypeField {
    /// `terms_of_service`
    TermsOfService,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl TermsOfServiceBaseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TermsOfService => "terms_of_service",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for TermsOfServiceBaseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "terms_of_service" => Self::TermsOfService,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for TermsOfServiceBaseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TermsOfServiceBaseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TermsOfServiceBaseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
