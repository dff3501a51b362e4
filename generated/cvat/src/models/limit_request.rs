// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitRequest`] and the types nested in it, from `#/components/schemas/LimitRequest`.

/// The `LimitRequest` schema, which the spec does not describe (`#/components/schemas/LimitRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct LimitRequest {
    /// The `user` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/user`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user: Option<Option<i64>>,
    /// The `org` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/org`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub org: Option<Option<i64>>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/type`).
    pub r#type: super::LimitTypeEnum,
    /// The `limits` property, which the spec does not describe (`#/components/schemas/LimitRequest/properties/limits`).
    pub limits: super::LimitsFieldRequest,
}
