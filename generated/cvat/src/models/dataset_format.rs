// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFormat`] and the types nested in it, from `#/components/schemas/DatasetFormat`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DatasetFormat {
    pub name: String,
    pub ext: String,
    pub version: String,
    pub enabled: bool,
    pub dimension: String,
}
