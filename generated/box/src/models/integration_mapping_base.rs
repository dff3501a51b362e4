// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingBaseTypeField`] and the types nested in it, from `#/components/schemas/IntegrationMappingBase/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Mapping type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingBaseTypeField {
    /// `integration_mapping`
    IntegrationMapping,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, IntegrationMappingBaseTypeField, Unknown, IntegrationMapping = "integration_mapping");

/// Integration mapping
///
/// A base representation of an
/// integration mapping object.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingBase {
    /// A unique identifier of a folder mapping
    /// (part of a composite key together
    /// with `integration_type`).
    pub id: String,
    /// Mapping type.
    pub r#type: super::IntegrationMappingBaseTypeField,
}

serialize_struct!(runtime, IntegrationMappingBase { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    IntegrationMappingBase {
        id: required::<String>("id"),
        r#type: required::<super::IntegrationMappingBaseTypeField>("type")
    }
);
