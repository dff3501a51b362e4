// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OnlineFunctionCallRequest`] and the types nested in it, from `#/components/schemas/OnlineFunctionCallRequest`.

/// The `OnlineFunctionCallRequest` schema, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct OnlineFunctionCallRequest {
    /// The `job` property, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest/properties/job`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest/properties/task`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    OnlineFunctionCallRequest { job: optional::<Option<i64>>("job"), task: optional::<Option<i64>>("task") }
);
