// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerAttachment`] and the types nested in it, from `#/components/schemas/SignRequestSignerAttachment`.

use crate::runtime::{self, deserialize_struct};

/// Signer Attachment
///
/// Metadata describing a file uploaded by a signer as an attachment.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerAttachment {
    /// Identifier of the attachment file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<String>,
    /// Display name of the attachment file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
}

deserialize_struct!(
    runtime,
    SignRequestSignerAttachment { id: optional::<Option<String>>("id"), name: optional::<Option<String>>("name") }
);
