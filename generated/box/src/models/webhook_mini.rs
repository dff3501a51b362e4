// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`WebhookMiniTypeField`] and the types nested in it, from `#/components/schemas/Webhook--Mini/properties/type`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The value will always be `webhook`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookMiniTypeField {
    /// `webhook`
    Webhook,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, WebhookMiniTypeField, Unknown, Webhook = "webhook");

/// The item that will trigger the webhook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WebhookMiniTargetField {
    /// The ID of the item to trigger a webhook.
    pub id: Option<String>,
    /// The type of item to trigger a webhook.
    pub r#type: Option<super::WebhookMiniTargetTypeField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebhookMiniTargetField { id: optional("id"), r#type: optional("type") }
);

deserialize_struct!(
    runtime,
    WebhookMiniTargetField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WebhookMiniTargetTypeField>>("type")
    }
);

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

string_enum!(runtime, WebhookMiniTargetTypeField, Unknown, File = "file", Folder = "folder");

/// Webhook (Mini)
///
/// Represents a configured webhook.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WebhookMini {
    /// The unique identifier for this webhook.
    pub id: Option<String>,
    /// The value will always be `webhook`.
    pub r#type: Option<super::WebhookMiniTypeField>,
    /// The item that will trigger the webhook.
    pub target: Option<super::WebhookMiniTargetField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    WebhookMini { id: optional("id"), r#type: optional("type"), target: optional("target") }
);

deserialize_struct!(
    runtime,
    WebhookMini {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::WebhookMiniTypeField>>("type"),
        target: optional::<Option<super::WebhookMiniTargetField>>("target")
    }
);
