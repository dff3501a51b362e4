// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RequestDataOperation`] and the types nested in it, from `#/components/schemas/RequestDataOperation`.

use crate::runtime::{self, deserialize_struct};

/// The `RequestDataOperation` schema, which the spec does not describe (`#/components/schemas/RequestDataOperation`).
#[derive(Clone, Debug, PartialEq)]
pub struct RequestDataOperation {
    /// The `type` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/type`).
    pub r#type: String,
    /// The `target` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/target`).
    pub target: String,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/project_id`).
    pub project_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/task_id`).
    pub task_id: Option<i64>,
    /// The `job_id` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/job_id`).
    pub job_id: Option<i64>,
    /// The `org_id` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/org_id`).
    pub org_id: Option<i64>,
    /// The `format` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/format`).
    pub format: Option<String>,
    /// The `function_id` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/function_id`).
    pub function_id: Option<String>,
    /// The `lightweight` property, which the spec does not describe (`#/components/schemas/RequestDataOperation/properties/lightweight`).
    pub lightweight: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RequestDataOperation {
        r#type: required("type"),
        target: required("target"),
        project_id: optional("project_id"),
        task_id: optional("task_id"),
        job_id: optional("job_id"),
        org_id: optional("org_id"),
        format: optional("format"),
        function_id: optional("function_id"),
        lightweight: optional("lightweight")
    }
);

deserialize_struct!(
    runtime,
    RequestDataOperation {
        r#type: required::<String>("type"),
        target: required::<String>("target"),
        project_id: optional::<Option<i64>>("project_id"),
        task_id: optional::<Option<i64>>("task_id"),
        job_id: optional::<Option<i64>>("job_id"),
        org_id: optional::<Option<i64>>("org_id"),
        format: optional::<Option<String>>("format"),
        function_id: optional::<Option<String>>("function_id"),
        lightweight: optional::<Option<bool>>("lightweight")
    }
);
