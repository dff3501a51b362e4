// @generated from specs/cvat-seed.yaml by the generator; do not edit.
//! [`User`] and the types nested in it, from `#/components/schemas/User`.

use crate::runtime::{self, deserialize_struct};

/// The `User` schema, which the spec does not describe (`#/components/schemas/User`).
#[derive(Clone, Debug, PartialEq)]
pub struct User {
    /// The `url` property, which the spec does not describe (`#/components/schemas/User/properties/url`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub url: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/User/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    pub username: String,
    /// The `first_name` property, which the spec does not describe (`#/components/schemas/User/properties/first_name`).
    pub first_name: Option<String>,
    /// The `last_name` property, which the spec does not describe (`#/components/schemas/User/properties/last_name`).
    pub last_name: Option<String>,
    /// Email address
    pub email: Option<String>,
    /// The `groups` property, which the spec does not describe (`#/components/schemas/User/properties/groups`).
    pub groups: Vec<String>,
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
    /// The `last_login` property, which the spec does not describe (`#/components/schemas/User/properties/last_login`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub last_login: Option<chrono::DateTime<chrono::Utc>>,
    /// The `date_joined` property, which the spec does not describe (`#/components/schemas/User/properties/date_joined`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub date_joined: Option<chrono::DateTime<chrono::Utc>>,
    /// The `has_analytics_access` property, which the spec does not describe (`#/components/schemas/User/properties/has_analytics_access`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub has_analytics_access: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    User {
        url: optional("url"),
        id: optional("id"),
        username: required("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        email: optional("email"),
        groups: required("groups"),
        is_staff: optional("is_staff"),
        is_superuser: optional("is_superuser"),
        is_active: optional("is_active"),
        last_login: optional("last_login"),
        date_joined: optional("date_joined"),
        has_analytics_access: optional("has_analytics_access")
    }
);

deserialize_struct!(
    runtime,
    User {
        url: optional::<Option<String>>("url"),
        id: optional::<Option<i64>>("id"),
        username: required::<String>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        email: optional::<Option<String>>("email"),
        groups: required::<Vec<String>>("groups"),
        is_staff: optional::<Option<bool>>("is_staff"),
        is_superuser: optional::<Option<bool>>("is_superuser"),
        is_active: optional::<Option<bool>>("is_active"),
        last_login: optional::<Option<chrono::DateTime<chrono::Utc>>>("last_login"),
        date_joined: optional::<Option<chrono::DateTime<chrono::Utc>>>("date_joined"),
        has_analytics_access: optional::<Option<bool>>("has_analytics_access")
    }
);
