// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FolderMini`] and the types nested in it, from `#/components/schemas/Folder--Mini`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Folder (Mini)
///
/// A mini representation of a file version, used when
/// nested under another resource.
#[derive(Clone, Debug, PartialEq)]
pub struct FolderMini {
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
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub etag: Option<Option<String>>,
    /// The value will always be `folder`.
    pub r#type: super::FolderBaseTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/Folder--Mini/allOf/1/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the folder.
    pub name: Option<String>,
}

serialize_struct!(
    runtime,
    FolderMini {
        id: required("id"),
        etag: nullable("etag"),
        r#type: required("type"),
        sequence_id: optional("sequence_id"),
        name: optional("name")
    }
);

deserialize_struct!(
    runtime,
    FolderMini {
        id: required::<String>("id"),
        etag: nullable::<Option<String>>("etag"),
        r#type: required::<super::FolderBaseTypeField>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name")
    }
);
