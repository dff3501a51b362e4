// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`EventRequest`] and the types nested in it, from `#/components/schemas/EventRequest`.

/// The `EventRequest` schema, which the spec does not describe (`#/components/schemas/EventRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct EventRequest {
    /// The `scope` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/scope`).
    pub scope: String,
    /// The `obj_name` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/obj_name`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub obj_name: Option<Option<String>>,
    /// The `obj_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/obj_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub obj_id: Option<Option<i64>>,
    /// The `obj_val` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/obj_val`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub obj_val: Option<Option<String>>,
    /// The `source` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/source`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub source: Option<Option<String>>,
    /// The `timestamp` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/timestamp`).
    pub timestamp: chrono::DateTime<chrono::Utc>,
    /// The `count` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/count`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub count: Option<Option<i64>>,
    /// The `duration` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/duration`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<i64>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub project_id: Option<Option<i64>>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/task_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub task_id: Option<Option<i64>>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/job_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub job_id: Option<Option<i64>>,
    /// The `user_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/user_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user_id: Option<Option<i64>>,
    /// The `user_name` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/user_name`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user_name: Option<Option<String>>,
    /// The `user_email` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/user_email`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub user_email: Option<Option<String>>,
    /// The `org_id` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/org_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub org_id: Option<Option<i64>>,
    /// The `org_slug` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/org_slug`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub org_slug: Option<Option<String>>,
    /// The `payload` property, which the spec does not describe (`#/components/schemas/EventRequest/properties/payload`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub payload: Option<Option<String>>,
}
