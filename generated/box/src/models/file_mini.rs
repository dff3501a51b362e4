// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileMini`] and the types nested in it, from `#/components/schemas/File--Mini`.

use crate::runtime::{self, deserialize_struct};

/// File (Mini)
///
/// A mini representation of a file, used when
/// nested under another resource.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct FileMini {
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
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub etag: Option<String>,
    /// The value will always be `file`.
    pub r#type: super::FileBaseTypeField,
    /// The `sequence_id` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/sequence_id`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub sequence_id: Option<String>,
    /// The name of the file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The SHA1 hash of the file. This can be used to compare the contents
    /// of a file on Box with a local file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub sha1: Option<String>,
    /// The `file_version` property, which the spec does not describe (`#/components/schemas/File--Mini/allOf/1/properties/file_version`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub file_version: Option<super::FileVersionMini>,
}

deserialize_struct!(
    runtime,
    FileMini {
        id: required::<String>("id"),
        etag: optional::<Option<String>>("etag"),
        r#type: required::<super::FileBaseTypeField>("type"),
        sequence_id: optional::<Option<String>>("sequence_id"),
        name: optional::<Option<String>>("name"),
        sha1: optional::<Option<String>>("sha1"),
        file_version: optional::<Option<super::FileVersionMini>>("file_version")
    }
);
