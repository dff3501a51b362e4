// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItemAssociatedItem`] and the types nested in it, from `#/components/schemas/AppItemAssociatedItem`.

use crate::runtime::codec;

/// App item associated item
///
/// The file, folder or web link which is associated with the app item.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum AppItemAssociatedItem {
    /// The `FileBase` alternative (`#/components/schemas/AppItemAssociatedItem/oneOf/0`).
    FileBase(super::FileBase),
    /// The `FolderBase` alternative (`#/components/schemas/AppItemAssociatedItem/oneOf/1`).
    FolderBase(super::FolderBase),
    /// The `WebLinkBase` alternative (`#/components/schemas/AppItemAssociatedItem/oneOf/2`).
    WebLinkBase(super::WebLinkBase),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::FileBase> for AppItemAssociatedItem {
    fn from(value: super::FileBase) -> Self {
        Self::FileBase(value)
    }
}

impl From<super::FolderBase> for AppItemAssociatedItem {
    fn from(value: super::FolderBase) -> Self {
        Self::FolderBase(value)
    }
}

impl From<super::WebLinkBase> for AppItemAssociatedItem {
    fn from(value: super::WebLinkBase) -> Self {
        Self::WebLinkBase(value)
    }
}

impl<'de> serde::Deserialize<'de> for AppItemAssociatedItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("file") => codec::variant(value).map(Self::FileBase),
            Some("folder") => codec::variant(value).map(Self::FolderBase),
            Some("web_link") => codec::variant(value).map(Self::WebLinkBase),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("AppItemAssociatedItem", "type")),
        }
    }
}
