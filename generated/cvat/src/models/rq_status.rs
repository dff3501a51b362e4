// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqStatus`] and the types nested in it, from `#/components/schemas/RqStatus`.

use crate::runtime::{self, deserialize_struct};

/// The `RqStatus` schema, which the spec does not describe (`#/components/schemas/RqStatus`).
#[derive(Clone, Debug, PartialEq)]
pub struct RqStatus {
    /// The `state` property, which the spec does not describe (`#/components/schemas/RqStatus/properties/state`).
    pub state: super::RqStatusStateEnum,
    /// The `message` property, which the spec does not describe (`#/components/schemas/RqStatus/properties/message`).
    pub message: Option<String>,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/RqStatus/properties/progress`).
    pub progress: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RqStatus { state: required("state"), message: optional("message"), progress: optional("progress") }
);

deserialize_struct!(
    runtime,
    RqStatus {
        state: required::<super::RqStatusStateEnum>("state"),
        message: optional::<Option<String>>("message"),
        progress: optional::<Option<f64>>("progress")
    }
);
