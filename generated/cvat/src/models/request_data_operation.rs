// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RequestDataOperation`] and the types nested in it, from `#/components/schemas/RequestDataOperation`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RequestDataOperation {
    pub r#type: String,
    pub target: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lightweight: Option<bool>,
}
