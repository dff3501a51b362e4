// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`LimitRequest`] and the types nested in it, from `#/components/schemas/LimitRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LimitRequest {
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user: Option<Option<i64>>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub org: Option<Option<i64>>,
    pub r#type: super::LimitTypeEnum,
    pub limits: super::LimitsFieldRequest,
}
