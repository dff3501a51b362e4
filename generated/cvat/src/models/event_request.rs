// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`EventRequest`] and the types nested in it, from `#/components/schemas/EventRequest`.

use crate::runtime::{self, serialize_struct};

/// The `EventRequest` schema, which the spec does not describe (`#/components/schemas/EventRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct EventRequest {
    /// The `scope` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/scope`).
    pub scope: String,
    /// The `obj_name` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/obj_name`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub obj_name: Option<Option<String>>,
    /// The `obj_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/obj_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub obj_id: Option<Option<i64>>,
    /// The `obj_val` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/obj_val`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub obj_val: Option<Option<String>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/source`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub source: Option<Option<String>>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
    /// The `count` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/count`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub count: Option<Option<i64>>,
    /// The `duration` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/duration`).
    pub duration: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub project_id: Option<Option<i64>>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/task_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub task_id: Option<Option<i64>>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/job_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub job_id: Option<Option<i64>>,
    /// The `user_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/user_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub user_id: Option<Option<i64>>,
    /// The `user_name` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/user_name`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub user_name: Option<Option<String>>,
    /// The `user_email` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/user_email`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub user_email: Option<Option<String>>,
    /// The `org_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/org_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub org_id: Option<Option<i64>>,
    /// The `org_slug` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/org_slug`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub org_slug: Option<Option<String>>,
    /// The `payload` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/payload`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub payload: Option<Option<String>>,
}

serialize_struct!(
    runtime,
    EventRequest {
        scope: required("scope"),
        obj_name: nullable("obj_name"),
        obj_id: nullable("obj_id"),
        obj_val: nullable("obj_val"),
        source: nullable("source"),
        timestamp: required("timestamp"),
        count: nullable("count"),
        duration: optional("duration"),
        project_id: nullable("project_id"),
        task_id: nullable("task_id"),
        job_id: nullable("job_id"),
        user_id: nullable("user_id"),
        user_name: nullable("user_name"),
        user_email: nullable("user_email"),
        org_id: nullable("org_id"),
        org_slug: nullable("org_slug"),
        payload: nullable("payload")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    EventRequest {
        scope: required::<String>("scope"),
        obj_name: nullable::<Option<String>>("obj_name"),
        obj_id: nullable::<Option<i64>>("obj_id"),
        obj_val: nullable::<Option<String>>("obj_val"),
        source: nullable::<Option<String>>("source"),
        timestamp: required::<chrono::DateTime<chrono::Utc>>("timestamp"),
        count: nullable::<Option<i64>>("count"),
        duration: optional::<Option<i64>>("duration"),
        project_id: nullable::<Option<i64>>("project_id"),
        task_id: nullable::<Option<i64>>("task_id"),
        job_id: nullable::<Option<i64>>("job_id"),
        user_id: nullable::<Option<i64>>("user_id"),
        user_name: nullable::<Option<String>>("user_name"),
        user_email: nullable::<Option<String>>("user_email"),
        org_id: nullable::<Option<i64>>("org_id"),
        org_slug: nullable::<Option<String>>("org_slug"),
        payload: nullable::<Option<String>>("payload")
    }
);
