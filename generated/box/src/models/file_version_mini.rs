// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionMini`] and the types nested in it, from `#/components/schemas/FileVersion--Mini`.

use crate::runtime::{self, deserialize_struct};

/// File version (Mini)
///
/// A mini representation of a file version, used when
/// nested within another resource.
#[derive(Clone, Debug, PartialEq)]
pub struct FileVersionMini {
    /// The unique identifier that represent a file version.
    pub id: String,
    /// The value will always be `file_version`.
    pub r#type: super::FileVersionBaseTypeField,
    /// The SHA1 hash of this version of the file.
    pub sha1: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileVersionMini { id: required("id"), r#type: required("type"), sha1: optional("sha1") }
);

deserialize_struct!(
    runtime,
    FileVersionMini {
        id: required::<String>("id"),
        r#type: required::<super::FileVersionBaseTypeField>("type"),
        sha1: optional::<Option<String>>("sha1")
    }
);
