// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Sublabel`] and the types nested in it, from `#/components/schemas/Sublabel`.

use crate::runtime::{self, deserialize_struct};

/// The `Sublabel` schema, which the spec does not describe (`#/components/schemas/Sublabel`).
#[derive(Clone, Debug, PartialEq)]
pub struct Sublabel {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Sublabel/properties/id`).
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Sublabel/properties/name`).
    pub name: String,
    /// The hex value for the RGB color. Will be generated automatically, unless specified explicitly.
    pub color: Option<String>,
    /// The list of attributes. To remove an attribute, pass the full attribute body with deleted=true. Related annotation attribute values will be deleted.
    pub attributes: Option<Vec<super::Attribute>>,
    /// Associated annotation type for this label
    ///
    /// * `any` - ANY
    /// * `cuboid` - CUBOID
    /// * `ellipse` - ELLIPSE
    /// * `mask` - MASK
    /// * `points` - POINTS
    /// * `polygon` - POLYGON
    /// * `polyline` - POLYLINE
    /// * `rectangle` - RECTANGLE
    /// * `skeleton` - SKELETON
    /// * `interval` - INTERVAL
    /// * `tag` - TAG
    pub r#type: Option<super::LabelType>,
    /// The `has_parent` property, which the spec does not describe (`#/components/schemas/Sublabel/properties/has_parent`).
    pub has_parent: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Sublabel {
        id: optional("id"),
        name: required("name"),
        color: optional("color"),
        attributes: optional("attributes"),
        r#type: optional("type"),
        has_parent: optional("has_parent")
    }
);

deserialize_struct!(
    runtime,
    Sublabel {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        color: optional::<Option<String>>("color"),
        attributes: optional::<Option<Vec<super::Attribute>>>("attributes"),
        r#type: optional::<Option<super::LabelType>>("type"),
        has_parent: optional::<Option<bool>>("has_parent")
    }
);
