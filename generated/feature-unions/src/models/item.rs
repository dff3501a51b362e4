// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Item`] and the types nested in it, from `#/components/schemas/Item`.

use crate::runtime::codec;

/// Variants tell themselves apart by a one-value `type` property, so the union dispatches on it.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum Item {
    /// The `File` alternative (`#/components/schemas/Item/oneOf/0`).
    File(super::File),
    /// The `Folder` alternative (`#/components/schemas/Item/oneOf/1`).
    Folder(super::Folder),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::File> for Item {
    fn from(value: super::File) -> Self {
        Self::File(value)
    }
}

impl From<super::Folder> for Item {
    fn from(value: super::Folder) -> Self {
        Self::Folder(value)
    }
}

impl<'de> serde::Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("file") => codec::variant(value).map(Self::File),
            Some("folder") => codec::variant(value).map(Self::Folder),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("Item", "type")),
        }
    }
}
