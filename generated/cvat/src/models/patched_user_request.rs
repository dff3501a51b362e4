// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedUserRequest`] and the types nested in it, from `#/components/schemas/PatchedUserRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedUserRequest` schema, which the spec does not describe (`#/components/schemas/PatchedUserRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedUserRequest {
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: Option<String>,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/last_name`).
    pub last_name: Option<String>,
    /// Email address
    pub email: Option<String>,
    /// The `groups` property, which the spec does not describe (`#/components/schemas/PatchedUserRequest/properties/groups`).
    pub groups: Option<Vec<String>>,
    /// Staff status
    ///
    /// Designates whether the user can log into this admin site.
    pub is_staff: Option<bool>,
    /// Superuser status
    ///
    /// Designates that this user has all permissions without explicitly assigning them.
    pub is_superuser: Option<bool>,
    /// Active
    ///
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    pub is_active: Option<bool>,
}

serialize_struct!(
    runtime,
    PatchedUserRequest {
        username: optional("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        email: optional("email"),
        groups: optional("groups"),
        is_staff: optional("is_staff"),
        is_superuser: optional("is_superuser"),
        is_active: optional("is_active")
    }
);

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
