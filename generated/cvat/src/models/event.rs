// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Event`] and the types nested in it, from `#/components/schemas/Event`.

use crate::runtime::{self, deserialize_struct};

/// The `Event` schema, which the spec does not describe (`#/components/schemas/Event`).
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The `scope` property, which the spec does not describe (`#/components/schemas/Event/properties/scope`).
    pub scope: String,
    /// The `obj_name` property, which the spec does not describe (`#/components/schemas/Event/properties/obj_name`).
    pub obj_name: Option<String>,
    /// The `obj_id` property, which the spec does not describe (`#/components/schemas/Event/properties/obj_id`).
    pub obj_id: Option<i64>,
    /// The `obj_val` property, which the spec does not describe (`#/components/schemas/Event/properties/obj_val`).
    pub obj_val: Option<String>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/Event/properties/source`).
    pub source: Option<String>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/Event/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
    /// The `count` property, which the spec does not describe (`#/components/schemas/Event/properties/count`).
    pub count: Option<i64>,
    /// The `duration` property, which the spec does not describe (`#/components/schemas/Event/properties/duration`).
    pub duration: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/Event/properties/project_id`).
    pub project_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/Event/properties/task_id`).
    pub task_id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/Event/properties/job_id`).
    pub job_id: Option<i64>,
    /// The `user_id` property, which the spec does not describe (`#/components/schemas/Event/properties/user_id`).
    pub user_id: Option<i64>,
    /// The `user_name` property, which the spec does not describe (`#/components/schemas/Event/properties/user_name`).
    pub user_name: Option<String>,
    /// The `user_email` property, which the spec does not describe (`#/components/schemas/Event/properties/user_email`).
    pub user_email: Option<String>,
    /// The `org_id` property, which the spec does not describe (`#/components/schemas/Event/properties/org_id`).
    pub org_id: Option<i64>,
    /// The `org_slug` property, which the spec does not describe (`#/components/schemas/Event/properties/org_slug`).
    pub org_slug: Option<String>,
    /// The `payload` property, which the spec does not describe (`#/components/schemas/Event/properties/payload`).
    pub payload: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Event {
        scope: required("scope"),
        obj_name: optional("obj_name"),
        obj_id: optional("obj_id"),
        obj_val: optional("obj_val"),
        source: optional("source"),
        timestamp: required("timestamp"),
        count: optional("count"),
        duration: optional("duration"),
        project_id: optional("project_id"),
        task_id: optional("task_id"),
        job_id: optional("job_id"),
        user_id: optional("user_id"),
        user_name: optional("user_name"),
        user_email: optional("user_email"),
        org_id: optional("org_id"),
        org_slug: optional("org_slug"),
        payload: optional("payload")
    }
);

deserialize_struct!(
    runtime,
    Event {
        scope: required::<String>("scope"),
        obj_name: optional::<Option<String>>("obj_name"),
        obj_id: optional::<Option<i64>>("obj_id"),
        obj_val: optional::<Option<String>>("obj_val"),
        source: optional::<Option<String>>("source"),
        timestamp: required::<chrono::DateTime<chrono::Utc>>("timestamp"),
        count: optional::<Option<i64>>("count"),
        duration: optional::<Option<i64>>("duration"),
        project_id: optional::<Option<i64>>("project_id"),
        task_id: optional::<Option<i64>>("task_id"),
        job_id: optional::<Option<i64>>("job_id"),
        user_id: optional::<Option<i64>>("user_id"),
        user_name: optional::<Option<String>>("user_name"),
        user_email: optional::<Option<String>>("user_email"),
        org_id: optional::<Option<i64>>("org_id"),
        org_slug: optional::<Option<String>>("org_slug"),
        payload: optional::<Option<String>>("payload")
    }
);
