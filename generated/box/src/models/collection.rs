// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Collection`] and the types nested in it, from `#/components/schemas/Collection`.

use crate::runtime::{self, deserialize_struct, string_enum};

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Collection {
    /// The unique identifier for this collection.
    pub id: Option<String>,
    /// The value will always be `collection`.
    pub r#type: Option<super::CollectionTypeField>,
    /// The name of the collection.
    pub name: Option<super::CollectionNameField>,
    /// The type of the collection. This is used to
    /// determine the proper visual treatment for
    /// collections.
    pub collection_type: Option<super::CollectionCollectionTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Collection {
        id: optional("id"),
        r#type: optional("type"),
        name: optional("name"),
        collection_type: optional("collection_type")
    }
);

deserialize_struct!(
    runtime,
    Collection {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CollectionTypeField>>("type"),
        name: optional::<Option<super::CollectionNameField>>("name"),
        collection_type: optional::<Option<super::CollectionCollectionTypeField>>("collection_type")
    }
);

/// The value will always be `collection`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionTypeField {
    /// `collection`
    Collection,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollectionTypeField, Unknown, Collection = "collection");

/// The name of the collection.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollectionNameField {
    /// `Favorites`
    Favorites,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollectionNameField, Unknown, Favorites = "Favorites");

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

string_enum!(runtime, CollectionCollectionTypeField, Unknown, Favorites = "favorites");
