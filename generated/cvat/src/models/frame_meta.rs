// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FrameMeta`] and the types nested in it, from `#/components/schemas/FrameMeta`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FrameMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<i64>,
    pub name: String,
    pub related_files: i64,
    /// Read-only: set by the server, ignored when sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_related_context: Option<bool>,
}
