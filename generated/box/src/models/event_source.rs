// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EventSource`] and the types nested in it, from `#/components/schemas/EventSource`.

use crate::runtime::{self, string_enum};

/// Event source
///
/// The source file or folder that triggered an event in
/// the event stream.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<super::EventSourceClassificationField>,
    /// The `parent` property, which the spec does not describe (`#/components/schemas/EventSource/properties/parent`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<super::FolderMini>,
    /// The `owned_by` property, which the spec does not describe (`#/components/schemas/EventSource/properties/owned_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owned_by: Option<super::UserMini>,
}

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
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct EventSourceClassificationField {
    /// The classification's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
