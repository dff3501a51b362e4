// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PhotoInfo`] and the types nested in it, from `#/components/schemas/PhotoInfo`.

use crate::runtime::{self, deserialize_struct};

/// PhotoInfo
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoInfo {
    /// Pet Id
    pub pet_id: uuid::Uuid,
    /// Filename
    pub filename: String,
    /// Caption
    pub caption: String,
    /// Content Type
    pub content_type: String,
    /// Size
    pub size: i64,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    PhotoInfo {
        pet_id: required("pet_id"),
        filename: required("filename"),
        caption: required("caption"),
        content_type: required("content_type"),
        size: required("size")
    }
);

deserialize_struct!(
    runtime,
    PhotoInfo {
        pet_id: required::<uuid::Uuid>("pet_id"),
        filename: required::<String>("filename"),
        caption: required::<String>("caption"),
        content_type: required::<String>("content_type"),
        size: required::<i64>("size")
    }
);
