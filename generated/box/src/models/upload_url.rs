// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadUrl`] and the types nested in it, from `#/components/schemas/UploadUrl`.

use crate::runtime::{self, deserialize_struct};

/// Upload URL
///
/// The details for the upload session for the file.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UploadUrl {
    /// A URL for an upload session that can be used to upload
    /// the file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub upload_url: Option<String>,
    /// An optional access token to use to upload the file.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub upload_token: Option<String>,
}

deserialize_struct!(
    runtime,
    UploadUrl {
        upload_url: optional::<Option<String>>("upload_url"),
        upload_token: optional::<Option<String>>("upload_token")
    }
);
