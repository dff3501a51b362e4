// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedAnnotationGuideWriteRequest`] and the types nested in it, from `#/components/schemas/PatchedAnnotationGuideWriteRequest`.

/// The `PatchedAnnotationGuideWriteRequest` schema, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct PatchedAnnotationGuideWriteRequest {
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest/properties/task_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub task_id: Option<Option<i64>>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest/properties/project_id`).
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::runtime::codec::double_option::serialize"
    )]
    pub project_id: Option<Option<i64>>,
    /// The `markdown` property, which the spec does not describe (`#/components/schemas/PatchedAnnotationGuideWriteRequest/properties/markdown`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedAnnotationGuideWriteRequest {
        task_id: nullable::<Option<i64>>("task_id"),
        project_id: nullable::<Option<i64>>("project_id"),
        markdown: optional::<Option<String>>("markdown")
    }
);
