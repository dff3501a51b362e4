// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItemEventSource`] and the types nested in it, from `#/components/schemas/AppItemEventSource`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// AppItem event source
///
/// The AppItem that triggered an event in the event stream.
#[derive(Clone, Debug, PartialEq)]
pub struct AppItemEventSource {
    /// The id of the `AppItem`.
    pub id: String,
    /// The type of the source that this event represents. Can only be `app_item`.
    pub r#type: super::AppItemEventSourceTypeField,
    /// The type of the `AppItem`.
    pub app_item_type: String,
    /// The `user` property, which the spec does not describe (`#/components/schemas/AppItemEventSource/properties/user`).
    pub user: Option<super::UserMini>,
    /// The `group` property, which the spec does not describe (`#/components/schemas/AppItemEventSource/properties/group`).
    pub group: Option<super::GroupMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    AppItemEventSource {
        id: required("id"),
        r#type: required("type"),
        app_item_type: required("app_item_type"),
        user: optional("user"),
        group: optional("group")
    }
);

deserialize_struct!(
    runtime,
    AppItemEventSource {
        id: required::<String>("id"),
        r#type: required::<super::AppItemEventSourceTypeField>("type"),
        app_item_type: required::<String>("app_item_type"),
        user: optional::<Option<super::UserMini>>("user"),
        group: optional::<Option<super::GroupMini>>("group")
    }
);

/// The type of the source that this event represents. Can only be `app_item`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppItemEventSourceTypeField {
    /// `app_item`
    AppItem,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AppItemEventSourceTypeField, Unknown, AppItem = "app_item");
