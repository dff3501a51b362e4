// @generated from specs/live/fastapi.json by the generator; do not edit.
//! [`PhotoInfo`] and the types nested in it, from `#/components/schemas/PhotoInfo`.

/// PhotoInfo
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
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
