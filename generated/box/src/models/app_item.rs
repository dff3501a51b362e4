// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`AppItem`] and the types nested in it, from `#/components/schemas/AppItem`.

/// App item
///
/// An app item represents an content object owned by an application. It can
/// group files and folders together from different paths. That set can be shared
/// via a collaboration.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct AppItem {
    /// The unique identifier for this app item.
    pub id: String,
    /// The value will always be `app_item`.
    pub r#type: super::AppItemTypeField,
    /// The type of the app that owns this app item.
    pub application_type: String,
}

/// The value will always be `app_item`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AppItemTypeField {
    /// `app_item`
    AppItem,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl AppItemTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppItem => "app_item",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AppItemTypeField {
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

impl std::fmt::Display for AppItemTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AppItemTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AppItemTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
