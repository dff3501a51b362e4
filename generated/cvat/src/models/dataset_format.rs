// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`DatasetFormat`] and the types nested in it, from `#/components/schemas/DatasetFormat`.

use crate::runtime::{self, deserialize_struct};

/// The `DatasetFormat` schema, which the spec does not describe (`#/components/schemas/DatasetFormat`).
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetFormat {
    /// The `name` property, which the spec does not describe (`#/components/schemas/DatasetFormat/properties/name`).
    pub name: String,
    /// The `ext` property, which the spec does not describe (`#/components/schemas/DatasetFormat/properties/ext`).
    pub ext: String,
    /// The `version` property, which the spec does not describe (`#/components/schemas/DatasetFormat/properties/version`).
    pub version: String,
    /// The `enabled` property, which the spec does not describe (`#/components/schemas/DatasetFormat/properties/enabled`).
    pub enabled: bool,
    /// The `dimension` property, which the spec does not describe (`#/components/schemas/DatasetFormat/properties/dimension`).
    pub dimension: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    DatasetFormat {
        name: required("name"),
        ext: required("ext"),
        version: required("version"),
        enabled: required("enabled"),
        dimension: required("dimension")
    }
);

deserialize_struct!(
    runtime,
    DatasetFormat {
        name: required::<String>("name"),
        ext: required::<String>("ext"),
        version: required::<String>("version"),
        enabled: required::<bool>("enabled"),
        dimension: required::<String>("dimension")
    }
);
