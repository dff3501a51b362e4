// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`SublabelRequest`] and the types nested in it, from `#/components/schemas/SublabelRequest`.

use crate::runtime::{self, serialize_struct};

/// The `SublabelRequest` schema, which the spec does not describe (`#/components/schemas/SublabelRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct SublabelRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/SublabelRequest/properties/id`).
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/SublabelRequest/properties/name`).
    pub name: String,
    /// The hex value for the RGB color. Will be generated automatically, unless specified explicitly.
    pub color: Option<String>,
    /// The list of attributes. To remove an attribute, pass the full attribute body with deleted=true. Related annotation attribute values will be deleted.
    pub attributes: Option<Vec<super::AttributeRequest>>,
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
    /// The `has_parent` property, which the spec does not describe (`#/components/schemas/SublabelRequest/properties/has_parent`).
    pub has_parent: Option<bool>,
}

serialize_struct!(
    runtime,
    SublabelRequest {
        id: optional("id"),
        name: required("name"),
        color: optional("color"),
        attributes: optional("attributes"),
        r#type: optional("type"),
        has_parent: optional("has_parent")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SublabelRequest {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        color: optional::<Option<String>>("color"),
        attributes: optional::<Option<Vec<super::AttributeRequest>>>("attributes"),
        r#type: optional::<Option<super::LabelType>>("type"),
        has_parent: optional::<Option<bool>>("has_parent")
    }
);
