// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RecentItemResource`] and the types nested in it, from `#/components/schemas/RecentItemResource`.

use crate::runtime::codec;

/// Recent item resource
///
/// A recently accessed item resource. This can be a file, folder, or web link.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum RecentItemResource {
    /// The `FileFull` alternative (`#/components/schemas/RecentItemResource/oneOf/0`).
    FileFull(super::FileFull),
    /// The `FolderFull` alternative (`#/components/schemas/RecentItemResource/oneOf/1`).
    FolderFull(super::FolderFull),
    /// The `WebLink` alternative (`#/components/schemas/RecentItemResource/oneOf/2`).
    WebLink(super::WebLink),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::FileFull> for RecentItemResource {
    fn from(value: super::FileFull) -> Self {
        Self::FileFull(value)
    }
}

impl From<super::FolderFull> for RecentItemResource {
    fn from(value: super::FolderFull) -> Self {
        Self::FolderFull(value)
    }
}

impl From<super::WebLink> for RecentItemResource {
    fn from(value: super::WebLink) -> Self {
        Self::WebLink(value)
    }
}

impl<'de> serde::Deserialize<'de> for RecentItemResource {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("file") => codec::variant(value).map(Self::FileFull),
            Some("folder") => codec::variant(value).map(Self::FolderFull),
            Some("web_link") => codec::variant(value).map(Self::WebLink),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("RecentItemResource", "type")),
        }
    }
}
