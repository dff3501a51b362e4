// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadedPart`] and the types nested in it, from `#/components/schemas/UploadedPart`.

use crate::runtime::{self, deserialize_struct};

/// Uploaded part
///
/// A chunk of a file uploaded as part of
/// an upload session, as returned by some endpoints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UploadedPart {
    /// The `part` property, which the spec does not describe (`#/components/schemas/UploadedPart/properties/part`).
    pub part: Option<super::UploadPart>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, UploadedPart { part: optional("part") });

deserialize_struct!(runtime, UploadedPart { part: optional::<Option<super::UploadPart>>("part") });
