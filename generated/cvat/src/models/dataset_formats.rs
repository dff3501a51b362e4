// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFormats`] and the types nested in it, from `#/components/schemas/DatasetFormats`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct DatasetFormats {
    pub importers: Vec<super::DatasetFormat>,
    pub exporters: Vec<super::DatasetFormat>,
}
