// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedLimitRequest`] and the types nested in it, from `#/components/schemas/PatchedLimitRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedLimitRequest {
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user: Option<Option<i64>>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub org: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::LimitTypeEnum>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<super::LimitsFieldRequest>,
}
