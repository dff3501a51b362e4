// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EventSource`] and the types nested in it, from `#/components/schemas/EventSource`.

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

impl EventSourceItemTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for EventSourceItemTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for EventSourceItemTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for EventSourceItemTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for EventSourceItemTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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
