// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCallParams`] and the types nested in it, from `#/components/schemas/FunctionCallParams`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionCallParams` schema, which the spec does not describe (`#/components/schemas/FunctionCallParams`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionCallParams {
    /// The name of the function
    pub id: Option<String>,
    /// The id of the task
    pub task: Option<i64>,
    /// The id of the job
    pub job: Option<i64>,
    /// The `threshold` property, which the spec does not describe (`#/components/schemas/FunctionCallParams/properties/threshold`).
    pub threshold: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FunctionCallParams {
        id: required("id"),
        task: required("task"),
        job: optional("job"),
        threshold: required("threshold")
    }
);

deserialize_struct!(
    runtime,
    FunctionCallParams {
        id: optional::<Option<String>>("id"),
        task: optional::<Option<i64>>("task"),
        job: optional::<Option<i64>>("job"),
        threshold: optional::<Option<f64>>("threshold")
    }
);
