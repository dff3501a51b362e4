// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Folder`] and the types nested in it, from `#/components/schemas/Folder`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The `Folder` schema, which the spec does not describe (`#/components/schemas/Folder`).
#[derive(Clone, Debug, PartialEq)]
pub struct Folder {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Folder/properties/id`).
    pub id: String,
    /// The `type` property, which the spec does not describe (`#/components/schemas/Folder/properties/type`).
    pub r#type: super::FolderType,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, Folder { id: required("id"), r#type: required("type") });

deserialize_struct!(runtime, Folder { id: required::<String>("id"), r#type: required::<super::FolderType>("type") });

/// An inline schema, which the spec does not describe (`#/components/schemas/Folder/properties/type`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderType {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FolderType, Unknown, Folder = "folder");
