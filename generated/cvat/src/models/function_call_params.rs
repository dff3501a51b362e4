// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCallParams`] and the types nested in it, from `#/components/schemas/FunctionCallParams`.

/// The `FunctionCallParams` schema, which the spec does not describe (`#/components/schemas/FunctionCallParams`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FunctionCallParams {
    /// The name of the function
    pub id: Option<String>,
    /// The id of the task
    pub task: Option<i64>,
    /// The id of the job
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/FunctionCallParams/properties/threshold`).
    pub threshold: Option<f64>,
}
