// @generated from specs/features/nullable.yaml by the generator; do not edit.
//! [`PatchedGroup`] and the types nested in it, from `#/components/schemas/PatchedGroup`.

/// Sent only; an optional nullable property distinguishes null from absent.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedGroup {
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `permissions` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/permissions`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub permissions: Option<Option<std::collections::BTreeMap<String, bool>>>,
    /// The `password` property, which the spec does not describe (`#/components/schemas/PatchedGroup/properties/password`).
    ///
    /// Write-only: sent, never returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedGroup {
        name: optional::<Option<String>>("name"),
        permissions: nullable::<Option<std::collections::BTreeMap<String, bool>>>("permissions"),
        password: optional::<Option<String>>("password")
    }
);
