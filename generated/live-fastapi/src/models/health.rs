// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`Health`] and the types nested in it, from `#/components/schemas/Health`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Health
#[derive(Clone, Debug, PartialEq)]
pub struct Health {
    /// Status
    pub status: super::HealthStatus,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Health { status: required("status") });

deserialize_struct!(runtime, Health { status: required::<super::HealthStatus>("status") });

/// Status
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HealthStatus {
    /// `ok`
    Ok,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, HealthStatus, Unknown, Ok = "ok");
