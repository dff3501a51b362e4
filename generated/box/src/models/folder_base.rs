// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderBaseTypeField`] and the types nested in it, from `#/components/schemas/Folder--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FolderBaseTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FolderBaseTypeField, Unknown, Folder = "folder");

/// Folder (Base)
///
/// The bare basic representation of a folder, the minimal
/// amount of fields returned when using the `fields` query
/// parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderBase {
    /// The unique identifier that represent a folder.
    ///
    /// The ID for any folder can be determined
    /// by visiting a folder in the web application
    /// and copying the ID from the URL. For example,
    /// for the URL `https://*.app.box.com/folders/123`
    /// the `folder_id` is `123`.
    pub id: String,
    /// The HTTP `etag` of this folder. This can be used within some API
    /// endpoints in the `If-Match` and `If-None-Match` headers to only
    /// perform changes on the folder if (no) changes have happened.
    pub etag: Option<String>,
    /// The value will always be `folder`.
    pub r#type: super::FolderBaseTypeField,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FolderBase { id: required("id"), etag: optional("etag"), r#type: required("type") }
);

deserialize_struct!(
    runtime,
    FolderBase {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::FolderBaseTypeField>("type")
    }
);
