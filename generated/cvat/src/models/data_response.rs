// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DataResponse`] and the types nested in it, from `#/components/schemas/DataResponse`.

/// The `DataResponse` schema, which the spec does not describe (`#/components/schemas/DataResponse`).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DataResponse {
    /// The `RqId` alternative (`#/components/schemas/DataResponse/oneOf/0`).
    RqId(super::RqId),
    /// The `File` alternative (`#/components/schemas/DataResponse/oneOf/1`).
    File(crate::runtime::FilePart),
}

impl From<super::RqId> for DataResponse {
    fn from(value: super::RqId) -> Self {
        Self::RqId(value)
    }
}

impl From<crate::runtime::FilePart> for DataResponse {
    fn from(value: crate::runtime::FilePart) -> Self {
        Self::File(value)
    }
}
