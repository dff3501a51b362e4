// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationFileRequest`] and the types nested in it, from `#/components/schemas/AnnotationFileRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct AnnotationFileRequest {
    pub annotation_file: crate::runtime::FilePart,
}
