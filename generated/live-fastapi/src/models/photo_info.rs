// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PhotoInfo`] and the types nested in it, from `#/components/schemas/PhotoInfo`.

use crate::runtime::{self, deserialize_struct};

/// PhotoInfo
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
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
