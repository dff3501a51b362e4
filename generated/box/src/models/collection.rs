// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Collection`] and the types nested in it, from `#/components/schemas/Collection`.

/// Collection
///
/// A collection of items, including files and folders.
///
/// Currently, the only collection available
/// is the `favorites` collection.
///
/// The contents of a collection can be explored in a
/// similar way to which the contents of a folder is
/// explored.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Collection {
    /// The unique identifier for this collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `collection`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CollectionTypeField>,
    /// The name of the collection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<super::CollectionNameField>,
    /// The type of the collection. This is used to
    /// determine the proper visual treatment for
    /// collections.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collection_type: Option<super::CollectionCollectionTypeField>,
}

/// The value will always be `collection`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionTypeField {
    /// `collection`
    Collection,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollectionTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Collection => "collection",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollectionTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "collection" => Self::Collection,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollectionTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollectionTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollectionTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The name of the collection.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionNameField {
    /// `Favorites`
    Favorites,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollectionNameField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Favorites => "Favorites",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollectionNameField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "Favorites" => Self::Favorites,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollectionNameField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollectionNameField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollectionNameField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The type of the collection. This is used to
/// determine the proper visual treatment for
/// collections.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionCollectionTypeField {
    /// `favorites`
    Favorites,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollectionCollectionTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Favorites => "favorites",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollectionCollectionTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "favorites" => Self::Favorites,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollectionCollectionTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollectionCollectionTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollectionCollectionTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
