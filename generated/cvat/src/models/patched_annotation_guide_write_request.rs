// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedAnnotationGuideWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedAnnotationGuideWriteRequest`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedAnnotationGuideWriteRequest {
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub task_id: Option<Option<i64>>,
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub project_id: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}
