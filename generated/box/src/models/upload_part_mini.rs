// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadPartMini`] and the types nested in it, from `#/components/schemas/UploadPart--Mini`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Upload part (Mini)
///
/// The basic representation of an upload
/// session chunk.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadPartMini {
    /// The unique ID of the chunk.
    pub part_id: Option<String>,
    /// The offset of the chunk within the file
    /// in bytes. The lower bound of the position
    /// of the chunk within the file.
    pub offset: Option<i64>,
    /// The size of the chunk in bytes.
    pub size: Option<i64>,
}

serialize_struct!(
    runtime,
    UploadPartMini { part_id: optional("part_id"), offset: optional("offset"), size: optional("size") }
);

deserialize_struct!(
    runtime,
    UploadPartMini {
        part_id: optional::<Option<String>>("part_id"),
        offset: optional::<Option<i64>>("offset"),
        size: optional::<Option<i64>>("size")
    }
);
