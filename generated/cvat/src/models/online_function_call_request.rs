// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OnlineFunctionCallRequest`] and the types nested in it, from `#/components/schemas/OnlineFunctionCallRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct OnlineFunctionCallRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task: Option<i64>,
}
