// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`BodyUploadPhoto`] and the types nested in it, from `#/components/schemas/Body_upload_photo_pets__pet_id__photo_post`.

use crate::runtime::FilePart;

/// Body_upload_photo_pets__pet_id__photo_post
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
pub struct BodyUploadPhoto {
    /// File
    pub file: FilePart,
    /// Caption
    pub caption: String,
}
