// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqStatus`] and the types nested in it, from `#/components/schemas/RqStatus`.

use crate::runtime::{self, deserialize_struct};

/// The `RqStatus` schema, which the spec does not describe (`#/components/schemas/RqStatus`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct RqStatus {
    /// The `state` property, which the spec does not describe (`#/components/schemas/RqStatus/properties/state`).
    pub state: super::RqStatusStateEnum,
    /// The `message` property, which the spec does not describe (`#/components/schemas/RqStatus/properties/message`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/RqStatus/properties/progress`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub progress: Option<f64>,
}

deserialize_struct!(
    runtime,
    RqStatus {
        state: required::<super::RqStatusStateEnum>("state"),
        message: optional::<Option<String>>("message"),
        progress: optional::<Option<f64>>("progress")
    }
);
