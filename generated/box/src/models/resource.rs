// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Resource`] and the types nested in it, from `#/components/schemas/Resource`.

use crate::runtime::codec;

/// Resource
///
/// The file or folder resource.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum Resource {
    /// The `FolderMini` alternative (`#/components/schemas/Resource/oneOf/0`).
    FolderMini(super::FolderMini),
    /// The `FileMini` alternative (`#/components/schemas/Resource/oneOf/1`).
    FileMini(super::FileMini),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::FolderMini> for Resource {
    fn from(value: super::FolderMini) -> Self {
        Self::FolderMini(value)
    }
}

impl From<super::FileMini> for Resource {
    fn from(value: super::FileMini) -> Self {
        Self::FileMini(value)
    }
}

impl<'de> serde::Deserialize<'de> for Resource {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("folder") => codec::variant(value).map(Self::FolderMini),
            Some("file") => codec::variant(value).map(Self::FileMini),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("Resource", "type")),
        }
    }
}
