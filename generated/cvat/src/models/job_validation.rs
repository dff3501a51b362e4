// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobValidation`] and the types nested in it, from `#/components/schemas/JobValidation`.

use crate::runtime::{self, deserialize_struct};

/// The `JobValidation` schema, which the spec does not describe (`#/components/schemas/JobValidation`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct JobValidation {
    /// The `id` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/job_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub job_id: Option<i64>,
    /// The `attempt_number` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/attempt_number`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub attempt_number: Option<i64>,
    /// The `attempts_remaining` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/attempts_remaining`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub attempts_remaining: Option<i64>,
    /// The `assignee_id` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/assignee_id`).
    pub assignee_id: Option<i64>,
    /// The `assignee_last_updated` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/assignee_last_updated`).
    pub assignee_last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/created_date`).
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `actual_score` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/actual_score`).
    pub actual_score: Option<f64>,
    /// The `required_score` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/required_score`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub required_score: Option<f64>,
    /// The `target_metric` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/target_metric`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub target_metric: Option<super::QualityTargetMetric>,
    /// The `report_id` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/report_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub report_id: Option<i64>,
    /// The `status` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/status`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub status: Option<super::JobValidationStatusEnum>,
    /// The `messages` property, which the spec does not describe (`#/components/schemas/JobValidation/properties/messages`).
    pub messages: Option<Vec<String>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    JobValidation {
        id: optional("id"),
        job_id: optional("job_id"),
        attempt_number: optional("attempt_number"),
        attempts_remaining: optional("attempts_remaining"),
        assignee_id: optional("assignee_id"),
        assignee_last_updated: optional("assignee_last_updated"),
        created_date: optional("created_date"),
        actual_score: optional("actual_score"),
        required_score: optional("required_score"),
        target_metric: optional("target_metric"),
        report_id: optional("report_id"),
        status: optional("status"),
        messages: optional("messages")
    }
);

deserialize_struct!(
    runtime,
    JobValidation {
        id: optional::<Option<i64>>("id"),
        job_id: optional::<Option<i64>>("job_id"),
        attempt_number: optional::<Option<i64>>("attempt_number"),
        attempts_remaining: optional::<Option<i64>>("attempts_remaining"),
        assignee_id: optional::<Option<i64>>("assignee_id"),
        assignee_last_updated: optional::<Option<chrono::DateTime<chrono::Utc>>>("assignee_last_updated"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        actual_score: optional::<Option<f64>>("actual_score"),
        required_score: optional::<Option<f64>>("required_score"),
        target_metric: optional::<Option<super::QualityTargetMetric>>("target_metric"),
        report_id: optional::<Option<i64>>("report_id"),
        status: optional::<Option<super::JobValidationStatusEnum>>("status"),
        messages: optional::<Option<Vec<String>>>("messages")
    }
);
