// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Request`] and the types nested in it, from `#/components/schemas/Request`.

use crate::runtime::{self, deserialize_struct};

/// The `Request` schema, which the spec does not describe (`#/components/schemas/Request`).
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The `status` property, which the spec does not describe (`#/components/schemas/Request/properties/status`).
    pub status: super::RequestStatus,
    /// The `message` property, which the spec does not describe (`#/components/schemas/Request/properties/message`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub message: Option<String>,
    /// The `id` property, which the spec does not describe (`#/components/schemas/Request/properties/id`).
    pub id: String,
    /// The `operation` property, which the spec does not describe (`#/components/schemas/Request/properties/operation`).
    pub operation: super::RequestDataOperation,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/Request/properties/progress`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub progress: Option<f64>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/Request/properties/created_date`).
    pub created_date: chrono::DateTime<chrono::Utc>,
    /// The `started_date` property, which the spec does not describe (`#/components/schemas/Request/properties/started_date`).
    pub started_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `finished_date` property, which the spec does not describe (`#/components/schemas/Request/properties/finished_date`).
    pub finished_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `expiry_date` property, which the spec does not describe (`#/components/schemas/Request/properties/expiry_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub expiry_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/Request/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: Option<super::UserIdentifiers>,
    /// The `result_url` property, which the spec does not describe (`#/components/schemas/Request/properties/result_url`).
    pub result_url: Option<String>,
    /// The `result_id` property, which the spec does not describe (`#/components/schemas/Request/properties/result_id`).
    pub result_id: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Request {
        status: required("status"),
        message: optional("message"),
        id: required("id"),
        operation: required("operation"),
        progress: optional("progress"),
        created_date: required("created_date"),
        started_date: optional("started_date"),
        finished_date: optional("finished_date"),
        expiry_date: optional("expiry_date"),
        owner: optional("owner"),
        result_url: optional("result_url"),
        result_id: optional("result_id")
    }
);

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
