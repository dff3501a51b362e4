// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItemAssociation`] and the types nested in it, from `#/components/schemas/AppItemAssociation`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// App item association
///
/// An app item association represents an association between a file or
/// folder and an app item. Associations between a folder and an app item
/// cascade down to all descendants of the folder.
#[derive(Clone, Debug, PartialEq)]
pub struct AppItemAssociation {
    /// The unique identifier for this app item association.
    pub id: String,
    /// The value will always be `app_item_association`.
    pub r#type: super::AppItemAssociationTypeField,
    /// The `app_item` property, which the spec does not describe (`#/components/schemas/AppItemAssociation/properties/app_item`).
    pub app_item: super::AppItem,
    /// The `item` property, which the spec does not describe (`#/components/schemas/AppItemAssociation/properties/item`).
    pub item: super::AppItemAssociatedItem,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AppItemAssociation {
        id: required("id"),
        r#type: required("type"),
        app_item: required("app_item"),
        item: required("item")
    }
);

deserialize_struct!(
    runtime,
    AppItemAssociation {
        id: required::<String>("id"),
        r#type: required::<super::AppItemAssociationTypeField>("type"),
        app_item: required::<super::AppItem>("app_item"),
        item: required::<super::AppItemAssociatedItem>("item")
    }
);

/// The value will always be `app_item_association`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppItemAssociationTypeField {
    /// `app_item_association`
    AppItemAssociation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AppItemAssociationTypeField, Unknown, AppItemAssociation = "app_item_association");
