// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationGuideWriteRequest`] and the types nested in it, from `#/components/schemas/AnnotationGuideWriteRequest`.

/// The `AnnotationGuideWriteRequest` schema, which the spec does not describe (`#/components/schemas/AnnotationGuideWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct AnnotationGuideWriteRequest {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideWriteRequest/properties/task_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub task_id: Option<Option<i64>>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/AnnotationGuideWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::codec::double_option")]
    pub project_id: Option<Option<i64>>,
    /// The `markdown` property, which the spec does not describe (`#/components/schemas/AnnotationGuideWriteRequest/properties/markdown`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}
