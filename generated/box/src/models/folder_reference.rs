// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderReference`] and the types nested in it, from `#/components/schemas/FolderReference`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Folder reference
///
/// Folder reference.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderReference {
    /// The value will always be `folder`.
    pub r#type: super::FolderReferenceTypeField,
    /// ID of the folder.
    pub id: String,
}

serialize_struct!(runtime, FolderReference { r#type: required("type"), id: required("id") });

deserialize_struct!(
    runtime,
    FolderReference { r#type: required::<super::FolderReferenceTypeField>("type"), id: required::<String>("id") }
);

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderReferenceTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FolderReferenceTypeField, Unknown, Folder = "folder");
