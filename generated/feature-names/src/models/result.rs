// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`Result2`] and the types nested in it, from `#/components/schemas/Result`.

/// Named like a prelude type, so it is renamed.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Result2 {
    /// The `type` property, which the spec does not describe (`#/components/schemas/Result/properties/type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The `self` property, which the spec does not describe (`#/components/schemas/Result/properties/self`).
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// The `$id` property, which the spec does not describe (`#/components/schemas/Result/properties/$id`).
    #[serde(rename = "$id", default, skip_serializing_if = "Option::is_none")]
    pub id_field: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/Result/properties/id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The `2fa` property, which the spec does not describe (`#/components/schemas/Result/properties/2fa`).
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub n2fa: Option<bool>,
    /// The `camelCase` property, which the spec does not describe (`#/components/schemas/Result/properties/camelCase`).
    #[serde(rename = "camelCase", default, skip_serializing_if = "Option::is_none")]
    pub camel_case_field: Option<String>,
    /// The `camel_case` property, which the spec does not describe (`#/components/schemas/Result/properties/camel_case`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camel_case: Option<String>,
}
