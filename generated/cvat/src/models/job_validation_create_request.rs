// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidationCreateRequest`] and the types nested in it, from `#/components/schemas/JobValidationCreateRequest`.

/// The `JobValidationCreateRequest` schema, which the spec does not describe (`#/components/schemas/JobValidationCreateRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct JobValidationCreateRequest {
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/JobValidationCreateRequest/properties/job_id`).
    ///
    /// Write-only: sent, never returned.
    pub job_id: i64,
    /// The `timeout` property, which the spec does not describe (`#/components/schemas/JobValidationCreateRequest/properties/timeout`).
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub timeout: Option<Option<i64>>,
}
