// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Event`] and the types nested in it, from `#/components/schemas/Event`.

/// The `Event` schema, which the spec does not describe (`#/components/schemas/Event`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Event {
    /// The `scope` property, which the spec does not describe (`#/components/schemas/Event/properties/scope`).
    pub scope: String,
    /// The `obj_name` property, which the spec does not describe (`#/components/schemas/Event/properties/obj_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_name: Option<String>,
    /// The `obj_id` property, which the spec does not describe (`#/components/schemas/Event/properties/obj_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_id: Option<i64>,
    /// The `obj_val` property, which the spec does not describe (`#/components/schemas/Event/properties/obj_val`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obj_val: Option<String>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/Event/properties/source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/Event/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
    /// The `count` property, which the spec does not describe (`#/components/schemas/Event/properties/count`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// The `duration` property, which the spec does not describe (`#/components/schemas/Event/properties/duration`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/Event/properties/project_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/Event/properties/task_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/Event/properties/job_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
    /// The `user_id` property, which the spec does not describe (`#/components/schemas/Event/properties/user_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// The `user_name` property, which the spec does not describe (`#/components/schemas/Event/properties/user_name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    /// The `user_email` property, which the spec does not describe (`#/components/schemas/Event/properties/user_email`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_email: Option<String>,
    /// The `org_id` property, which the spec does not describe (`#/components/schemas/Event/properties/org_id`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<i64>,
    /// The `org_slug` property, which the spec does not describe (`#/components/schemas/Event/properties/org_slug`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_slug: Option<String>,
    /// The `payload` property, which the spec does not describe (`#/components/schemas/Event/properties/payload`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<String>,
}
