// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationRequest`] and the types nested in it, from `#/components/schemas/AnnotationRequest`.

use crate::runtime::{self, deserialize_struct};

/// The `AnnotationRequest` schema, which the spec does not describe (`#/components/schemas/AnnotationRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct AnnotationRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/id`).
    pub id: String,
    /// The `function` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/function`).
    pub function: super::AnnotationRequestFunction,
    /// The `status` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/status`).
    pub status: String,
    /// The `progress` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/progress`).
    pub progress: i64,
    /// The `enqueued` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/enqueued`).
    pub enqueued: chrono::DateTime<chrono::Utc>,
    /// The `started` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/started`).
    pub started: chrono::DateTime<chrono::Utc>,
    /// The `ended` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/ended`).
    pub ended: chrono::DateTime<chrono::Utc>,
    /// The `exc_info` property, which the spec does not describe (`#/components/schemas/AnnotationRequest/properties/exc_info`).
    pub exc_info: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AnnotationRequest {
        id: required("id"),
        function: required("function"),
        status: required("status"),
        progress: required("progress"),
        enqueued: required("enqueued"),
        started: required("started"),
        ended: required("ended"),
        exc_info: required("exc_info")
    }
);

deserialize_struct!(
    runtime,
    AnnotationRequest {
        id: required::<String>("id"),
        function: required::<super::AnnotationRequestFunction>("function"),
        status: required::<String>("status"),
        progress: required::<i64>("progress"),
        enqueued: required::<chrono::DateTime<chrono::Utc>>("enqueued"),
        started: required::<chrono::DateTime<chrono::Utc>>("started"),
        ended: required::<chrono::DateTime<chrono::Utc>>("ended"),
        exc_info: required::<String>("exc_info")
    }
);
