// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`PatchedUserRequest`] and the types nested in it, from `#/components/schemas/PatchedUserRequest`.

/// The `PatchedUserRequest` schema, which the spec does not describe (`#/components/schemas/PatchedUserRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedUserRequest {
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/first_name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/last_name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// The `groups` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/groups`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
    /// Staff status
    ///
    /// Designates whether the user can log into this admin site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_staff: Option<bool>,
    /// Superuser status
    ///
    /// Designates that this user has all permissions without explicitly assigning them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_superuser: Option<bool>,
    /// Active
    ///
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedUserRequest {
        username: optional::<Option<String>>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        email: optional::<Option<String>>("email"),
        groups: optional::<Option<Vec<String>>>("groups"),
        is_staff: optional::<Option<bool>>("is_staff"),
        is_superuser: optional::<Option<bool>>("is_superuser"),
        is_active: optional::<Option<bool>>("is_active")
    }
);
