// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionCall`] and the types nested in it, from `#/components/schemas/FunctionCall`.

use crate::runtime::{self, deserialize_struct};

/// The `FunctionCall` schema, which the spec does not describe (`#/components/schemas/FunctionCall`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionCall {
    /// Request id
    pub id: String,
    /// The `function` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/function`).
    pub function: super::FunctionCallParams,
    /// The `status` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/status`).
    pub status: Option<String>,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/progress`).
    pub progress: Option<i64>,
    /// The `enqueued` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/enqueued`).
    pub enqueued: Option<chrono::DateTime<chrono::Utc>>,
    /// The `started` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/started`).
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// The `ended` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/ended`).
    pub ended: Option<chrono::DateTime<chrono::Utc>>,
    /// The `exc_info` property, which the spec does not describe (`#/components/schemas/FunctionCall/properties/exc_info`).
    pub exc_info: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FunctionCall {
        id: required("id"),
        function: required("function"),
        status: required("status"),
        progress: optional("progress"),
        enqueued: required("enqueued"),
        started: required("started"),
        ended: required("ended"),
        exc_info: optional("exc_info")
    }
);

deserialize_struct!(
    runtime,
    FunctionCall {
        id: required::<String>("id"),
        function: required::<super::FunctionCallParams>("function"),
        status: optional::<Option<String>>("status"),
        progress: optional::<Option<i64>>("progress"),
        enqueued: optional::<Option<chrono::DateTime<chrono::Utc>>>("enqueued"),
        started: optional::<Option<chrono::DateTime<chrono::Utc>>>("started"),
        ended: optional::<Option<chrono::DateTime<chrono::Utc>>>("ended"),
        exc_info: optional::<Option<String>>("exc_info")
    }
);
