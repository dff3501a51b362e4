// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FileInfo`] and the types nested in it, from `#/components/schemas/FileInfo`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct FileInfo {
    pub name: String,
    pub r#type: super::FileInfoTypeEnum,
    pub mime_type: String,
}
