// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OnlineFunctionCallRequest`] and the types nested in it, from `#/components/schemas/OnlineFunctionCallRequest`.

/// The `OnlineFunctionCallRequest` schema, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct OnlineFunctionCallRequest {
    /// The `job` property, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest/properties/job`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    /// The `task` property, which the spec does not describe (`#/components/schemas/OnlineFunctionCallRequest/properties/task`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<i64>,
}
