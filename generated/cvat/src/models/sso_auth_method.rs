// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SsoAuthMethod`] and the types nested in it, from `#/components/schemas/SSOAuthMethod`.

use crate::runtime::{self, deserialize_struct};

/// The `SsoAuthMethod` schema, which the spec does not describe (`#/components/schemas/SSOAuthMethod`).
#[derive(Clone, Debug, PartialEq)]
pub struct SsoAuthMethod {
    /// The `is_enabled` property, which the spec does not describe (`#/components/schemas/SSOAuthMethod/properties/is_enabled`).
    pub is_enabled: Option<bool>,
    /// The `icon` property, which the spec does not describe (`#/components/schemas/SSOAuthMethod/properties/icon`).
    pub icon: Option<String>,
    /// The `public_name` property, which the spec does not describe (`#/components/schemas/SSOAuthMethod/properties/public_name`).
    pub public_name: String,
    /// The `selection_schema` property, which the spec does not describe (`#/components/schemas/SSOAuthMethod/properties/selection_schema`).
    pub selection_schema: super::SelectionSchemaEnum,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SsoAuthMethod {
        is_enabled: optional("is_enabled"),
        icon: optional("icon"),
        public_name: required("public_name"),
        selection_schema: required("selection_schema")
    }
);

deserialize_struct!(
    runtime,
    SsoAuthMethod {
        is_enabled: optional::<Option<bool>>("is_enabled"),
        icon: optional::<Option<String>>("icon"),
        public_name: required::<String>("public_name"),
        selection_schema: required::<super::SelectionSchemaEnum>("selection_schema")
    }
);
