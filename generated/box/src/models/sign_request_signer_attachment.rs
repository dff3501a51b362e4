// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerAttachment`] and the types nested in it, from `#/components/schemas/SignRequestSignerAttachment`.

/// Signer Attachment
///
/// Metadata describing a file uploaded by a signer as an attachment.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerAttachment {
    /// Identifier of the attachment file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name of the attachment file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
