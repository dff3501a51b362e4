// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationRequest`] and the types nested in it, from `#/components/schemas/AnnotationRequest`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct AnnotationRequest {
    pub id: String,
    pub function: super::AnnotationRequestFunction,
    pub status: String,
    pub progress: i64,
    pub enqueued: chrono::DateTime<chrono::Utc>,
    pub started: chrono::DateTime<chrono::Utc>,
    pub ended: chrono::DateTime<chrono::Utc>,
    pub exc_info: String,
}
