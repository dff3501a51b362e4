// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`CommentWriteRequest`] and the types nested in it, from `#/components/schemas/CommentWriteRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct CommentWriteRequest {
    pub issue: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
