// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`User`] and the types nested in it, from `#/components/schemas/User`.

use crate::runtime::{self, deserialize_struct};

/// The `User` schema, which the spec does not describe (`#/components/schemas/User`).
#[derive(Clone, Debug, PartialEq)]
pub struct User {
    /// The `id` property, which the spec does not describe (`#/components/schemas/User/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: i64,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/User/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/User/properties/last_name`).
    pub last_name: Option<String>,
    /// Email address
    pub email: Option<String>,
    /// Staff status
    ///
    /// Designates whether the user can log into this admin site.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_staff: bool,
    /// Superuser status
    ///
    /// Designates that this user has all permissions without explicitly assigning them.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_superuser: bool,
    /// Active
    ///
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_active: bool,
    /// The `date_joined` property, which the spec does not describe (`#/components/schemas/User/properties/date_joined`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub date_joined: chrono::DateTime<chrono::Utc>,
    /// The `last_login` property, which the spec does not describe (`#/components/schemas/User/properties/last_login`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_login: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    User {
        id: required("id"),
        username: required("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        email: optional("email"),
        is_staff: required("is_staff"),
        is_superuser: required("is_superuser"),
        is_active: required("is_active"),
        date_joined: required("date_joined"),
        last_login: required("last_login")
    }
);

deserialize_struct!(
    runtime,
    User {
        id: required::<i64>("id"),
        username: required::<String>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        email: optional::<Option<String>>("email"),
        is_staff: required::<bool>("is_staff"),
        is_superuser: required::<bool>("is_superuser"),
        is_active: required::<bool>("is_active"),
        date_joined: required::<chrono::DateTime<chrono::Utc>>("date_joined"),
        last_login: optional::<Option<chrono::DateTime<chrono::Utc>>>("last_login")
    }
);
