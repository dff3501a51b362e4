// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileConflict`] and the types nested in it, from `#/components/schemas/FileConflict`.

use crate::runtime::{self, deserialize_struct};

/// File (Conflict)
///
/// A representation of a file that is used to show.
#[derive(Clone, Debug, PartialEq)]
pub struct FileConflict {
    /// The unique identifier that represent a file.
    ///
    /// The ID for any file can be determined
    /// by visiting a file in the web application
    /// and copying the ID from the URL. For example,
    /// for the URL `https://*.app.box.com/files/123`
    /// the `file_id` is `123`.
    pub id: String,
    /// The HTTP `etag` of this file. This can be used within some API
    /// endpoints in the `If-Match` and `If-None-Match` headers to only
    /// perform changes on the file if (no) changes have happened.
    pub etag: Option<String>,
    /// The value will always be `file`.
    pub r#type: super::FileBaseTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/sequence_id`).
    pub sequence_id: Option<String>,
    /// The name of the file.
    pub name: Option<String>,
    /// The SHA1 hash of the file.
    pub sha1: Option<String>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/FileConflict/allOf/1/properties/file_version`).
    pub file_version: Option<super::FileVersionMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileConflict {
        id: required("id"),
        etag: optional("etag"),
        r#type: required("type"),
        sequence_id: optional("sequence_id"),
        name: optional("name"),
        sha1: optional("sha1"),
        file_version: optional("file_version")
    }
);

deserialize_struct!(
    runtime,
    FileConflict {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::FileBaseTypeField>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name"),
        sha1: optional::<Option<String>>("sha1"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version")
    }
);
