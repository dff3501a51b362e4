// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UploadedPart`] and the types nested in it, from `#/components/schemas/UploadedPart`.

/// Uploaded part
///
/// A chunk of a file uploaded as part of
/// an upload session, as returned by some endpoints.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UploadedPart {
    /// The `part` property, which the spec does not describe (`#/components/schemas/UploadedPart/properties/part`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<super::UploadPart>,
}
