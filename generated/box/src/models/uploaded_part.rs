// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadedPart`] and the types nested in it, from `#/components/schemas/UploadedPart`.

use crate::runtime::{self, deserialize_struct};

/// Uploaded part
///
/// A chunk of a file uploaded as part of
/// an upload session, as returned by some endpoints.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UploadedPart {
    /// The `part` property, which the spec does not describe (`#/components/schemas/UploadedPart/properties/part`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub part: Option<super::UploadPart>,
}

deserialize_struct!(runtime, UploadedPart { part: optional::<Option<super::UploadPart>>("part") });
