// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FileInfo`] and the types nested in it, from `#/components/schemas/FileInfo`.

use crate::runtime::{self, deserialize_struct};

/// The `FileInfo` schema, which the spec does not describe (`#/components/schemas/FileInfo`).
#[derive(Clone, Debug, PartialEq)]
pub struct FileInfo {
    /// The `name` property, which the spec does not describe (`#/components/schemas/FileInfo/properties/name`).
    pub name: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/FileInfo/properties/type`).
    pub r#type: super::FileInfoTypeEnum,
    /// The `mime_type` property, which the spec does not describe (`#/components/schemas/FileInfo/properties/mime_type`).
    pub mime_type: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileInfo { name: required("name"), r#type: required("type"), mime_type: required("mime_type") }
);

deserialize_struct!(
    runtime,
    FileInfo {
        name: required::<String>("name"),
        r#type: required::<super::FileInfoTypeEnum>("type"),
        mime_type: required::<String>("mime_type")
    }
);
