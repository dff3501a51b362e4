// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItemEventSource`] and the types nested in it, from `#/components/schemas/AppItemEventSource`.

/// AppItem event source
///
/// The AppItem that triggered an event in the event stream.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AppItemEventSource {
    /// The id of the `AppItem`.
    pub id: String,
    /// The type of the source that this event represents. Can only be `app_item`.
    pub r#type: super::AppItemEventSourceTypeField,
    /// The type of the `AppItem`.
    pub app_item_type: String,
    /// The `user` property, which the spec does not describe (`#/components/schemas/AppItemEventSource/properties/user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<super::UserMini>,
    /// The `group` property, which the spec does not describe (`#/components/schemas/AppItemEventSource/properties/group`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<super::GroupMini>,
}

/// The type of the source that this event represents. Can only be `app_item`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppItemEventSourceTypeField {
    /// `app_item`
    AppItem,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AppItemEventSourceTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppItem => "app_item",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AppItemEventSourceTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "app_item" => Self::AppItem,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AppItemEventSourceTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AppItemEventSourceTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AppItemEventSourceTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
