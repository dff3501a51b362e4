// @generated from specs/live/drf-spectacular.yaml by the generator; do not edit.
//! [`LogoUploadRequest`] and the types nested in it, from `#/components/schemas/LogoUploadRequest`.

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct LogoUploadRequest {
    pub file: crate::runtime::FilePart,
    pub caption: String,
}
