// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`User`] and the types nested in it, from `#/components/schemas/User`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `User` schema, which the spec does not describe (`#/definitions/User`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct User {
    /// ID
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// Username
    ///
    /// Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub username: Option<String>,
    /// First name
    pub first_name: Option<String>,
    /// Last name
    pub last_name: Option<String>,
    /// Email address
    pub email: Option<String>,
    /// Staff status
    ///
    /// Designates whether the user can log into this admin site.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_staff: Option<bool>,
    /// Superuser status
    ///
    /// Designates that this user has all permissions without explicitly assigning them.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_superuser: Option<bool>,
    /// Active
    ///
    /// Designates whether this user should be treated as active. Unselect this instead of deleting accounts.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub is_active: Option<bool>,
    /// Date joined
    ///
    /// Read-only: set by the server, ignored when sent.
    pub date_joined: Option<chrono::DateTime<chrono::Utc>>,
    /// Last login
    ///
    /// Read-only: set by the server, ignored when sent.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub last_login: Option<Option<chrono::DateTime<chrono::Utc>>>,
}

serialize_struct!(
    runtime,
    User {
        id: optional("id"),
        username: optional("username"),
        first_name: optional("first_name"),
        last_name: optional("last_name"),
        email: optional("email"),
        is_staff: optional("is_staff"),
        is_superuser: optional("is_superuser"),
        is_active: optional("is_active"),
        date_joined: optional("date_joined"),
        last_login: nullable("last_login")
    }
);

deserialize_struct!(
    runtime,
    User {
        id: optional::<Option<i64>>("id"),
        username: optional::<Option<String>>("username"),
        first_name: optional::<Option<String>>("first_name"),
        last_name: optional::<Option<String>>("last_name"),
        email: optional::<Option<String>>("email"),
        is_staff: optional::<Option<bool>>("is_staff"),
        is_superuser: optional::<Option<bool>>("is_superuser"),
        is_active: optional::<Option<bool>>("is_active"),
        date_joined: optional::<Option<chrono::DateTime<chrono::Utc>>>("date_joined"),
        last_login: nullable::<Option<chrono::DateTime<chrono::Utc>>>("last_login")
    }
);
