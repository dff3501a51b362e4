// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`BasicUserRequest`] and the types nested in it, from `#/components/schemas/BasicUserRequest`.

/// The `BasicUserRequest` schema, which the spec does not describe (`#/components/schemas/BasicUserRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct BasicUserRequest {
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/BasicUserRequest/properties/first_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/BasicUserRequest/properties/last_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}
