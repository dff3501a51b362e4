// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QueueRequestAcquireOutput`] and the types nested in it, from `#/components/schemas/QueueRequestAcquireOutput`.

use crate::runtime::{self, deserialize_struct};

/// The `QueueRequestAcquireOutput` schema, which the spec does not describe (`#/components/schemas/QueueRequestAcquireOutput`).
#[derive(Clone, Debug, PartialEq)]
pub struct QueueRequestAcquireOutput {
    /// The `ar_assignment` property, which the spec does not describe (`#/components/schemas/QueueRequestAcquireOutput/properties/ar_assignment`).
    pub ar_assignment: Option<super::ArAssignment>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    QueueRequestAcquireOutput { ar_assignment: required("ar_assignment") }
);

deserialize_struct!(
    runtime,
    QueueRequestAcquireOutput { ar_assignment: optional::<Option<super::ArAssignment>>("ar_assignment") }
);
