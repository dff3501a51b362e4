// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedIssueWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedIssueWriteRequest`.

/// The `PatchedIssueWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedIssueWriteRequest {
    /// The `position` property, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest/properties/position`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Vec<f64>>,
    /// The `assignee` property, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest/properties/assignee`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub assignee: Option<Option<i64>>,
    /// The `resolved` property, which the spec does not describe (`#/components/schemas/PatchedIssueWriteRequest/properties/resolved`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedIssueWriteRequest {
        position: optional::<Option<Vec<f64>>>("position"),
        assignee: nullable::<Option<i64>>("assignee"),
        resolved: optional::<Option<bool>>("resolved")
    }
);
