// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`ArAssignment`] and the types nested in it, from `#/components/schemas/ArAssignment`.

use crate::runtime::{self, deserialize_struct};

/// The `ArAssignment` schema, which the spec does not describe (`#/components/schemas/ArAssignment`).
#[derive(Clone, Debug, PartialEq)]
pub struct ArAssignment {
    /// The `function_id` property, which the spec does not describe (`#/components/schemas/ArAssignment/properties/function_id`).
    pub function_id: i64,
    /// The `ar_id` property, which the spec does not describe (`#/components/schemas/ArAssignment/properties/ar_id`).
    pub ar_id: String,
    /// The `ar_params` property, which the spec does not describe (`#/components/schemas/ArAssignment/properties/ar_params`).
    pub ar_params: super::ArParams,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ArAssignment { function_id: required("function_id"), ar_id: required("ar_id"), ar_params: required("ar_params") }
);

deserialize_struct!(
    runtime,
    ArAssignment {
        function_id: required::<i64>("function_id"),
        ar_id: required::<String>("ar_id"),
        ar_params: required::<super::ArParams>("ar_params")
    }
);
