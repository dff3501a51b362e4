// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DataResponse`] and the types nested in it, from `#/components/schemas/DataResponse`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum DataResponse {
    RqId(super::RqId),
    String(String),
}

impl From<super::RqId> for DataResponse {
    fn from(value: super::RqId) -> Self {
        Self::RqId(value)
    }
}

impl From<String> for DataResponse {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}
