// @generated from specs/features/responses.yaml by the generator; do not edit.
//! [`Job`] and the types nested in it, from `#/components/schemas/Job`.

use crate::runtime::{self, deserialize_struct};

/// The `Job` schema, which the spec does not describe (`#/components/schemas/Job`).
#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Job/properties/id`).
    pub id: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Job { id: required("id") });

deserialize_struct!(runtime, Job { id: required::<i64>("id") });
