// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OnlineFunctionCallRequest`] and the types nested in it, from `#/components/schemas/OnlineFunctionCallRequest`.

use crate::runtime::{self, serialize_struct};

/// The `OnlineFunctionCallRequest` schema, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OnlineFunctionCallRequest {
    /// The `job` property, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest/properties/job`).
    pub job: Option<i64>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest/properties/task`).
    pub task: Option<i64>,
}

serialize_struct!(runtime, OnlineFunctionCallRequest { job: optional("job"), task: optional("task") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OnlineFunctionCallRequest { job: optional::<Option<i64>>("job"), task: optional::<Option<i64>>("task") }
);
