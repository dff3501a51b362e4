// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WebhookMiniTypeField`] and the types nested in it, from `#/components/schemas/Webhook--Mini/properties/type`.

/// The value will always be `webhook`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookMiniTypeField {
    /// `webhook`
    Webhook,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WebhookMiniTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Webhook => "webhook",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WebhookMiniTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "webhook" => Self::Webhook,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WebhookMiniTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WebhookMiniTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WebhookMiniTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The item that will trigger the webhook.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WebhookMiniTargetField {
    /// The ID of the item to trigger a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The type of item to trigger a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WebhookMiniTargetTypeField>,
}

/// The type of item to trigger a webhook.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookMiniTargetTypeField {
    /// `file`
    File,
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WebhookMiniTargetTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WebhookMiniTargetTypeField {
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

impl std::fmt::Display for WebhookMiniTargetTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WebhookMiniTargetTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WebhookMiniTargetTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Webhook (Mini)
///
/// Represents a configured webhook.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct WebhookMini {
    /// The unique identifier for this webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `webhook`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::WebhookMiniTypeField>,
    /// The item that will trigger the webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<super::WebhookMiniTargetField>,
}
