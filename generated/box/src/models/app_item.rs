// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItem`] and the types nested in it, from `#/components/schemas/AppItem`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// App item
///
/// An app item represents an content object owned by an application. It can
/// group files and folders together from different paths. That set can be shared
/// via a collaboration.
#[derive(Clone, Debug, PartialEq)]
pub struct AppItem {
    /// The unique identifier for this app item.
    pub id: String,
    /// The value will always be `app_item`.
    pub r#type: super::AppItemTypeField,
    /// The type of the app that owns this app item.
    pub application_type: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AppItem { id: required("id"), r#type: required("type"), application_type: required("application_type") }
);

deserialize_struct!(
    runtime,
    AppItem {
        id: required::<String>("id"),
        r#type: required::<super::AppItemTypeField>("type"),
        application_type: required::<String>("application_type")
    }
);

/// The value will always be `app_item`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppItemTypeField {
    /// `app_item`
    AppItem,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AppItemTypeField, Unknown, AppItem = "app_item");
