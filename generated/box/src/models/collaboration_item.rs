// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationItem`] and the types nested in it, from `#/components/schemas/CollaborationItem`.

use crate::runtime::codec;

/// Collaboration item
///
/// A collaboration item.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum CollaborationItem {
    /// The `File` alternative (`#/components/schemas/CollaborationItem/oneOf/0`).
    File(super::File),
    /// The `Folder` alternative (`#/components/schemas/CollaborationItem/oneOf/1`).
    Folder(super::Folder),
    /// The `WebLink` alternative (`#/components/schemas/CollaborationItem/oneOf/2`).
    WebLink(super::WebLink),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::File> for CollaborationItem {
    fn from(value: super::File) -> Self {
        Self::File(value)
    }
}

impl From<super::Folder> for CollaborationItem {
    fn from(value: super::Folder) -> Self {
        Self::Folder(value)
    }
}

impl From<super::WebLink> for CollaborationItem {
    fn from(value: super::WebLink) -> Self {
        Self::WebLink(value)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("file") => codec::variant(value).map(Self::File),
            Some("folder") => codec::variant(value).map(Self::Folder),
            Some("web_link") => codec::variant(value).map(Self::WebLink),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("CollaborationItem", "type")),
        }
    }
}
