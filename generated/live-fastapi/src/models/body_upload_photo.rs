// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`BodyUploadPhoto`] and the types nested in it, from `#/components/schemas/Body_upload_photo_pets__pet_id__photo_post`.

use crate::runtime::{self, FilePart, serialize_struct};

/// Body_upload_photo_pets__pet_id__photo_post
#[derive(Clone, Debug, PartialEq)]
pub struct BodyUploadPhoto {
    /// File
    pub file: FilePart,
    /// Caption
    pub caption: String,
}

serialize_struct!(runtime, BodyUploadPhoto { file: required("file"), caption: required("caption") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    BodyUploadPhoto { file: required::<crate::runtime::FilePart>("file"), caption: required::<String>("caption") }
);
