// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Metadata`] and the types nested in it, from `#/components/schemas/Metadata`.

/// Metadata instance
///
/// An instance of a metadata template, which has been applied to a file or
/// folder.
pub type Metadata = super::MetadataBase;
