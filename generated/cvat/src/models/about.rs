// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`About`] and the types nested in it, from `#/components/schemas/About`.

use crate::runtime::{self, deserialize_struct};

/// The `About` schema, which the spec does not describe (`#/components/schemas/About`).
#[derive(Clone, Debug, PartialEq)]
pub struct About {
    /// The `name` property, which the spec does not describe (`#/components/schemas/About/properties/name`).
    pub name: String,
    /// The `description` property, which the spec does not describe (`#/components/schemas/About/properties/description`).
    pub description: String,
    /// The `version` property, which the spec does not describe (`#/components/schemas/About/properties/version`).
    pub version: String,
    /// The `logo_url` property, which the spec does not describe (`#/components/schemas/About/properties/logo_url`).
    pub logo_url: String,
    /// The `subtitle` property, which the spec does not describe (`#/components/schemas/About/properties/subtitle`).
    pub subtitle: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    About {
        name: required("name"),
        description: required("description"),
        version: required("version"),
        logo_url: required("logo_url"),
        subtitle: required("subtitle")
    }
);

deserialize_struct!(
    runtime,
    About {
        name: required::<String>("name"),
        description: required::<String>("description"),
        version: required::<String>("version"),
        logo_url: required::<String>("logo_url"),
        subtitle: required::<String>("subtitle")
    }
);
