// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`Result2`] and the types nested in it, from `#/components/schemas/Result`.

use crate::runtime::{self, deserialize_struct};

/// Named like a prelude type, so it is renamed.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Result2 {
    /// The `type` property, which the spec does not describe (`#/components/schemas/Result/properties/type`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<String>,
    /// The `self` property, which the spec does not describe (`#/components/schemas/Result/properties/self`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "self", skip_serializing_if = "Option::is_none"))]
    pub self_: Option<String>,
    /// The `$id` property, which the spec does not describe (`#/components/schemas/Result/properties/$id`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$id", skip_serializing_if = "Option::is_none"))]
    pub id_field: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/Result/properties/id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// The `2fa` property, which the spec does not describe (`#/components/schemas/Result/properties/2fa`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "2fa", skip_serializing_if = "Option::is_none"))]
    pub n2fa: Option<bool>,
    /// The `camelCase` property, which the spec does not describe (`#/components/schemas/Result/properties/camelCase`).
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "camelCase", skip_serializing_if = "Option::is_none"))]
    pub camel_case_field: Option<String>,
    /// The `camel_case` property, which the spec does not describe (`#/components/schemas/Result/properties/camel_case`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub camel_case: Option<String>,
}

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
