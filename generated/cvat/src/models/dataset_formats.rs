// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFormats`] and the types nested in it, from `#/components/schemas/DatasetFormats`.

use crate::runtime::{self, deserialize_struct};

/// The `DatasetFormats` schema, which the spec does not describe (`#/components/schemas/DatasetFormats`).
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetFormats {
    /// The `importers` property, which the spec does not describe (`#/components/schemas/DatasetFormats/properties/importers`).
    pub importers: Vec<super::DatasetFormat>,
    /// The `exporters` property, which the spec does not describe (`#/components/schemas/DatasetFormats/properties/exporters`).
    pub exporters: Vec<super::DatasetFormat>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    DatasetFormats { importers: required("importers"), exporters: required("exporters") }
);

deserialize_struct!(
    runtime,
    DatasetFormats {
        importers: required::<Vec<super::DatasetFormat>>("importers"),
        exporters: required::<Vec<super::DatasetFormat>>("exporters")
    }
);
