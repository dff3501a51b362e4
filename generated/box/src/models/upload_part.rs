// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadPart`] and the types nested in it, from `#/components/schemas/UploadPart`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Upload part
///
/// The representation of an upload
/// session chunk.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadPart {
    /// The unique ID of the chunk.
    pub part_id: Option<String>,
    /// The offset of the chunk within the file
    /// in bytes. The lower bound of the position
    /// of the chunk within the file.
    pub offset: Option<i64>,
    /// The size of the chunk in bytes.
    pub size: Option<i64>,
    /// The SHA1 hash of the chunk.
    pub sha1: Option<String>,
}

serialize_struct!(
    runtime,
    UploadPart {
        part_id: optional("part_id"),
        offset: optional("offset"),
        size: optional("size"),
        sha1: optional("sha1")
    }
);

deserialize_struct!(
    runtime,
    UploadPart {
        part_id: optional::<Option<String>>("part_id"),
        offset: optional::<Option<i64>>("offset"),
        size: optional::<Option<i64>>("size"),
        sha1: optional::<Option<String>>("sha1")
    }
);
