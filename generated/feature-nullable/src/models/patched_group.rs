// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! [`PatchedGroup`] and the types nested in it, from `#/components/schemas/PatchedGroup`.

/// Sent only; an optional nullable property distinguishes null from absent.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct PatchedGroup {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/permissions`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub permissions: Option<Option<std::collections::BTreeMap<String, bool>>>,
    /// The `password` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/password`).
    ///
    /// Write-only: sent, never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
