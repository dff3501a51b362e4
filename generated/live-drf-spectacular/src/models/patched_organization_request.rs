// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`PatchedOrganizationRequest`] and the types nested in it, from `#/components/schemas/PatchedOrganizationRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedOrganizationRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub description: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<std::collections::BTreeMap<String, String>>,
}
