// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedJobWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedJobWriteRequest`.

/// The `PatchedJobWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedJobWriteRequest {
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest/properties/assignee`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub assignee: Option<Option<i64>>,
    /// The `stage` property, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest/properties/stage`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<super::JobStage>,
    /// The `state` property, which the spec does not describe (`#/components/schemas/PatchedJobWriteRequest/properties/state`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<super::OperationStatus>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedJobWriteRequest {
        assignee: nullable::<Option<i64>>("assignee"),
        stage: optional::<Option<super::JobStage>>("stage"),
        state: optional::<Option<super::OperationStatus>>("state")
    }
);
