// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EventSource`] and the types nested in it, from `#/components/schemas/EventSource`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Event source
///
/// The source file or folder that triggered an event in
/// the event stream.
#[derive(Clone, Debug, PartialEq)]
pub struct EventSource {
    /// The type of the item that the event
    /// represents. Can be `file` or `folder`.
    pub item_type: super::EventSourceItemTypeField,
    /// The unique identifier that represents the
    /// item.
    pub item_id: String,
    /// The name of the item.
    pub item_name: String,
    /// The object containing classification information for the item that
    /// triggered the event. This field will not appear if the item does not
    /// have a classification set.
    pub classification: Option<super::EventSourceClassificationField>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/EventSource/properties/parent`).
    pub parent: Option<super::FolderMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/EventSource/properties/owned_by`).
    pub owned_by: Option<super::UserMini>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    EventSource {
        item_type: required("item_type"),
        item_id: required("item_id"),
        item_name: required("item_name"),
        classification: optional("classification"),
        parent: optional("parent"),
        owned_by: optional("owned_by")
    }
);

deserialize_struct!(
    runtime,
    EventSource {
        item_type: required::<super::EventSourceItemTypeField>("item_type"),
        item_id: required::<String>("item_id"),
        item_name: required::<String>("item_name"),
        classification: optional::<Option<super::EventSourceClassificationField>>("classification"),
        parent: optional::<Option<super::FolderMini>>("parent"),
        owned_by: optional::<Option<super::UserMini>>("owned_by")
    }
);

/// The type of the item that the event
/// represents. Can be `file` or `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventSourceItemTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, EventSourceItemTypeField, Unknown, File = "file", Folder = "folder");

/// The object containing classification information for the item that
/// triggered the event. This field will not appear if the item does not
/// have a classification set.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventSourceClassificationField {
    /// The classification's name.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, EventSourceClassificationField { name: optional("name") });

deserialize_struct!(runtime, EventSourceClassificationField { name: optional::<Option<String>>("name") });
