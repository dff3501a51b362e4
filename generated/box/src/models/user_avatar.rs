// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserAvatar`] and the types nested in it, from `#/components/schemas/UserAvatar`.

use crate::runtime::{self, deserialize_struct};

/// User avatar
///
/// A resource holding URLs to the
/// avatar uploaded to a Box application.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserAvatar {
    /// Represents an object with user avatar URLs.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub pic_urls: Option<super::UserAvatarPicUrlsField>,
}

deserialize_struct!(runtime, UserAvatar { pic_urls: optional::<Option<super::UserAvatarPicUrlsField>>("pic_urls") });

/// Represents an object with user avatar URLs.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserAvatarPicUrlsField {
    /// The location of a small-sized avatar.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub small: Option<String>,
    /// The location of a large-sized avatar.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub large: Option<String>,
    /// The location of the avatar preview.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub preview: Option<String>,
}

deserialize_struct!(
    runtime,
    UserAvatarPicUrlsField {
        small: optional::<Option<String>>("small"),
        large: optional::<Option<String>>("large"),
        preview: optional::<Option<String>>("preview")
    }
);
