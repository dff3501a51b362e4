// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Plugins`] and the types nested in it, from `#/components/schemas/Plugins`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct Plugins {
    #[serde(rename = "ANALYTICS")]
    pub analytics: bool,
    #[serde(rename = "MODELS")]
    pub models: bool,
}
