// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedLimitRequest`] and the types nested in it, from `#/components/schemas/PatchedLimitRequest`.

/// The `PatchedLimitRequest` schema, which the spec does not describe (`#/components/schemas/PatchedLimitRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedLimitRequest {
    /// The `user` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/user`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user: Option<Option<i64>>,
    /// The `org` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/org`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub org: Option<Option<i64>>,
    /// The `type` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LimitTypeEnum>,
    /// The `limits` property, which the spec does not describe (`#/components/schemas/PatchedLimitRequest/properties/limits`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<super::LimitsFieldRequest>,
}
