// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataQueryResultItem`] and the types nested in it, from `#/components/schemas/MetadataQueryResultItem`.

use crate::runtime::codec;

/// Metadata query search result item
///
/// The mini representation of a file or folder.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum MetadataQueryResultItem {
    /// The `FileFull` alternative (`#/components/schemas/MetadataQueryResultItem/oneOf/0`).
    FileFull(super::FileFull),
    /// The `FolderFull` alternative (`#/components/schemas/MetadataQueryResultItem/oneOf/1`).
    FolderFull(super::FolderFull),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::FileFull> for MetadataQueryResultItem {
    fn from(value: super::FileFull) -> Self {
        Self::FileFull(value)
    }
}

impl From<super::FolderFull> for MetadataQueryResultItem {
    fn from(value: super::FolderFull) -> Self {
        Self::FolderFull(value)
    }
}

impl<'de> serde::Deserialize<'de> for MetadataQueryResultItem {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("file") => codec::variant(value).map(Self::FileFull),
            Some("folder") => codec::variant(value).map(Self::FolderFull),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("MetadataQueryResultItem", "type")),
        }
    }
}
