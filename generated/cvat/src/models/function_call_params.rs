// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCallParams`] and the types nested in it, from `#/components/schemas/FunctionCallParams`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionCallParams` schema, which the spec does not describe (`#/components/schemas/FunctionCallParams`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FunctionCallParams {
    /// The name of the function
    pub id: Option<String>,
    /// The id of the task
    pub task: Option<i64>,
    /// The id of the job
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub job: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/FunctionCallParams/properties/threshold`).
    pub threshold: Option<f64>,
}

deserialize_struct!(
    runtime,
    FunctionCallParams {
        id: optional::<Option<String>>("id"),
        task: optional::<Option<i64>>("task"),
        job: optional::<Option<i64>>("job"),
        threshold: optional::<Option<f64>>("threshold")
    }
);
