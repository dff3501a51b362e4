// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileBaseTypeField`] and the types nested in it, from `#/components/schemas/File--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `file`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileBaseTypeField {
    /// `file`
    File,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileBaseTypeField, Unknown, File = "file");

/// File (Base)
///
/// The bare basic representation of a file, the minimal
/// amount of fields returned when using the `fields` query
/// parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct FileBase {
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
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub etag: Option<Option<String>>,
    /// The value will always be `file`.
    pub r#type: super::FileBaseTypeField,
}

serialize_struct!(runtime, FileBase { id: required("id"), etag: nullable("etag"), r#type: required("type") });

deserialize_struct!(
    runtime,
    FileBase {
        id: required::<String>("id"),
        etag: nullable::<Option<String>>("etag"),
        r#type: required::<super::FileBaseTypeField>("type")
    }
);
