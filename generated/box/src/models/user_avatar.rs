// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserAvatar`] and the types nested in it, from `#/components/schemas/UserAvatar`.

use crate::runtime::{self, deserialize_struct};

/// User avatar
///
/// A resource holding URLs to the
/// avatar uploaded to a Box application.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserAvatar {
    /// Represents an object with user avatar URLs.
    pub pic_urls: Option<super::UserAvatarPicUrlsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, UserAvatar { pic_urls: optional("pic_urls") });

deserialize_struct!(runtime, UserAvatar { pic_urls: optional::<Option<super::UserAvatarPicUrlsField>>("pic_urls") });

/// Represents an object with user avatar URLs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserAvatarPicUrlsField {
    /// The location of a small-sized avatar.
    pub small: Option<String>,
    /// The location of a large-sized avatar.
    pub large: Option<String>,
    /// The location of the avatar preview.
    pub preview: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserAvatarPicUrlsField { small: optional("small"), large: optional("large"), preview: optional("preview") }
);

deserialize_struct!(
    runtime,
    UserAvatarPicUrlsField {
        small: optional::<Option<String>>("small"),
        large: optional::<Option<String>>("large"),
        preview: optional::<Option<String>>("preview")
    }
);
