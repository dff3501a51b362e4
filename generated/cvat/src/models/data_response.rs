// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DataResponse`] and the types nested in it, from `#/components/schemas/DataResponse`.

use crate::runtime::FilePart;

/// The `DataResponse` schema, which the spec does not describe (`#/components/schemas/DataResponse`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DataResponse {
    /// The `RqId` alternative (`#/components/schemas/DataResponse/oneOf/0`).
    RqId(super::RqId),
    /// The `File` alternative (`#/components/schemas/DataResponse/oneOf/1`).
    File(FilePart),
}

impl From<super::RqId> for DataResponse {
    fn from(value: super::RqId) -> Self {
        Self::RqId(value)
    }
}

impl From<FilePart> for DataResponse {
    fn from(value: FilePart) -> Self {
        Self::File(value)
    }
}
