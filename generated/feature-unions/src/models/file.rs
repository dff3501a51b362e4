// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`File`] and the types nested in it, from `#/components/schemas/File`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The `File` schema, which the spec does not describe (`#/components/schemas/File`).
#[derive(Clone, Debug, PartialEq)]
pub struct File {
    /// The `id` property, which the spec does not describe (`#/components/schemas/File/properties/id`).
    pub id: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/File/properties/type`).
    pub r#type: super::FileType,
    /// The `size` property, which the spec does not describe (`#/components/schemas/File/properties/size`).
    pub size: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    File { id: required("id"), r#type: required("type"), size: optional("size") }
);

deserialize_struct!(
    runtime,
    File {
        id: required::<String>("id"),
        r#type: required::<super::FileType>("type"),
        size: optional::<Option<i64>>("size")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/File/properties/type`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileType {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileType, Unknown, File = "file");
