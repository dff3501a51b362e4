// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserAvatar`] and the types nested in it, from `#/components/schemas/UserAvatar`.

/// User avatar
///
/// A resource holding URLs to the
/// avatar uploaded to a Box application.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserAvatar {
    /// Represents an object with user avatar URLs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pic_urls: Option<super::UserAvatarPicUrlsField>,
}

/// Represents an object with user avatar URLs.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserAvatarPicUrlsField {
    /// The location of a small-sized avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small: Option<String>,
    /// The location of a large-sized avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub large: Option<String>,
    /// The location of the avatar preview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview: Option<String>,
}
