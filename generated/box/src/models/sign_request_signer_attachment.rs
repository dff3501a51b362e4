// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerAttachment`] and the types nested in it, from `#/components/schemas/SignRequestSignerAttachment`.

use crate::runtime::{self, deserialize_struct};

/// Signer Attachment
///
/// Metadata describing a file uploaded by a signer as an attachment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerAttachment {
    /// Identifier of the attachment file.
    pub id: Option<String>,
    /// Display name of the attachment file.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerAttachment { id: optional("id"), name: optional("name") }
);

deserialize_struct!(
    runtime,
    SignRequestSignerAttachment { id: optional::<Option<String>>("id"), name: optional::<Option<String>>("name") }
);
