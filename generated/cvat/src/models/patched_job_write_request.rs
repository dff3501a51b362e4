// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobWriteRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedJobWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedJobWriteRequest {
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest/properties/assignee`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub assignee: Option<Option<i64>>,
    /// The `stage` property, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest/properties/stage`).
    pub stage: Option<super::JobStage>,
    /// The `state` property, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest/properties/state`).
    pub state: Option<super::OperationStatus>,
}

serialize_struct!(
    runtime,
    PatchedJobWriteRequest { assignee: nullable("assignee"), stage: optional("stage"), state: optional("state") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedJobWriteRequest {
        assignee: nullable::<Option<i64>>("assignee"),
        stage: optional::<Option<super::JobStage>>("stage"),
        state: optional::<Option<super::OperationStatus>>("state")
    }
);
