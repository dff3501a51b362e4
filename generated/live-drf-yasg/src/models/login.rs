// @generated from specs/live/drf-yasg.json by the generator; do not edit.
//! [`Login`] and the types nested in it, from `#/components/schemas/Login`.

use crate::runtime::{self, serialize_struct};

/// The `Login` schema, which the spec does not describe (`#/definitions/Login`).
#[derive(Clone, Debug, PartialEq)]
pub struct Login {
    /// Username
    pub username: String,
    /// Password
    pub password: String,
}

serialize_struct!(runtime, Login { username: required("username"), password: required("password") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    Login { username: required::<String>("username"), password: required::<String>("password") }
);
