// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Item`] and the types nested in it, from `#/components/schemas/Item`.

use crate::runtime::codec;

/// Item
///
/// An item represents a file, folder, or web link.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum Item {
    /// The `FileFull` alternative (`#/components/schemas/Item/oneOf/0`).
    FileFull(super::FileFull),
    /// The `FolderMini` alternative (`#/components/schemas/Item/oneOf/1`).
    FolderMini(super::FolderMini),
    /// The `WebLink` alternative (`#/components/schemas/Item/oneOf/2`).
    WebLink(super::WebLink),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::FileFull> for Item {
    fn from(value: super::FileFull) -> Self {
        Self::FileFull(value)
    }
}

impl From<super::FolderMini> for Item {
    fn from(value: super::FolderMini) -> Self {
        Self::FolderMini(value)
    }
}

impl From<super::WebLink> for Item {
    fn from(value: super::WebLink) -> Self {
        Self::WebLink(value)
    }
}

impl<'de> serde::Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("file") => codec::variant(value).map(Self::FileFull),
            Some("folder") => codec::variant(value).map(Self::FolderMini),
            Some("web_link") => codec::variant(value).map(Self::WebLink),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("Item", "type")),
        }
    }
}
