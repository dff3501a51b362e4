// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadUrl`] and the types nested in it, from `#/components/schemas/UploadUrl`.

use crate::runtime::{self, deserialize_struct};

/// Upload URL
///
/// The details for the upload session for the file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadUrl {
    /// A URL for an upload session that can be used to upload
    /// the file.
    pub upload_url: Option<String>,
    /// An optional access token to use to upload the file.
    pub upload_token: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UploadUrl { upload_url: optional("upload_url"), upload_token: optional("upload_token") }
);

deserialize_struct!(
    runtime,
    UploadUrl {
        upload_url: optional::<Option<String>>("upload_url"),
        upload_token: optional::<Option<String>>("upload_token")
    }
);
