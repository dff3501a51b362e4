// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`Result2`] and the types nested in it, from `#/components/schemas/Result`.

use crate::runtime::{self, deserialize_struct};

/// Named like a prelude type, so it is renamed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Result2 {
    /// The `type` property, which the spec does not describe (`#/components/schemas/Result/properties/type`).
    pub r#type: Option<String>,
    /// The `self` property, which the spec does not describe (`#/components/schemas/Result/properties/self`).
    pub self_: Option<String>,
    /// The `$id` property, which the spec does not describe (`#/components/schemas/Result/properties/$id`).
    pub id_field: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/Result/properties/id`).
    pub id: Option<String>,
    /// The `2fa` property, which the spec does not describe (`#/components/schemas/Result/properties/2fa`).
    pub n2fa: Option<bool>,
    /// The `camelCase` property, which the spec does not describe (`#/components/schemas/Result/properties/camelCase`).
    pub camel_case_field: Option<String>,
    /// The `camel_case` property, which the spec does not describe (`#/components/schemas/Result/properties/camel_case`).
    pub camel_case: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Result2 {
        r#type: optional("type"),
        self_: optional("self"),
        id_field: optional("$id"),
        id: optional("id"),
        n2fa: optional("2fa"),
        camel_case_field: optional("camelCase"),
        camel_case: optional("camel_case")
    }
);

deserialize_struct!(
    runtime,
    Result2 {
        r#type: optional::<Option<String>>("type"),
        self_: optional::<Option<String>>("self"),
        id_field: optional::<Option<String>>("$id"),
        id: optional::<Option<String>>("id"),
        n2fa: optional::<Option<bool>>("2fa"),
        camel_case_field: optional::<Option<String>>("camelCase"),
        camel_case: optional::<Option<String>>("camel_case")
    }
);
