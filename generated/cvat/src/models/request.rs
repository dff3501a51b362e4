// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Request`] and the types nested in it, from `#/components/schemas/Request`.

use crate::runtime::{self, deserialize_struct};

/// The `Request` schema, which the spec does not describe (`#/components/schemas/Request`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Request {
    /// The `status` property, which the spec does not describe (`#/components/schemas/Request/properties/status`).
    pub status: super::RequestStatus,
    /// The `message` property, which the spec does not describe (`#/components/schemas/Request/properties/message`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub message: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/Request/properties/id`).
    pub id: String,
    /// The `operation` property, which the spec does not describe (`#/components/schemas/Request/properties/operation`).
    pub operation: super::RequestDataOperation,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/Request/properties/progress`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub progress: Option<f64>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/Request/properties/created_date`).
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// The `started_date` property, which the spec does not describe (`#/components/schemas/Request/properties/started_date`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub started_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `finished_date` property, which the spec does not describe (`#/components/schemas/Request/properties/finished_date`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub finished_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `expiry_date` property, which the spec does not describe (`#/components/schemas/Request/properties/expiry_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/Request/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub owner: Option<super::UserIdentifiers>,
    /// The `result_url` property, which the spec does not describe (`#/components/schemas/Request/properties/result_url`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub result_url: Option<String>,
    /// The `result_id` property, which the spec does not describe (`#/components/schemas/Request/properties/result_id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub result_id: Option<i64>,
}

deserialize_struct!(
    runtime,
    Request {
        status: required::<super::RequestStatus>("status"),
        message: optional::<Option<String>>("message"),
        id: required::<String>("id"),
        operation: required::<super::RequestDataOperation>("operation"),
        progress: optional::<Option<f64>>("progress"),
        created_date: required::<chrono::DateTime<chrono::Utc>>("created_date"),
        started_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("started_date"),
        finished_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("finished_date"),
        expiry_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("expiry_date"),
        owner: optional::<Option<super::UserIdentifiers>>("owner"),
        result_url: optional::<Option<String>>("result_url"),
        result_id: optional::<Option<i64>>("result_id")
    }
);
