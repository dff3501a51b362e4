// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`PatchedLabelRequest`] and the types nested in it, from `#/components/schemas/PatchedLabelRequest`.

use crate::runtime::{self, serialize_struct};

/// The `PatchedLabelRequest` schema, which the spec does not describe (`#/components/schemas/PatchedLabelRequest`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PatchedLabelRequest {
    /// The `id` property, which the spec does not describe (`#/components/schemas/PatchedLabelRequest/properties/id`).
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/PatchedLabelRequest/properties/name`).
    pub name: Option<String>,
    /// The hex value for the RGB color. Will be generated automatically, unless specified explicitly.
    pub color: Option<String>,
    /// The list of attributes. To remove an attribute, pass the full attribute body with deleted=true. Related annotation attribute values will be deleted.
    pub attributes: Option<Vec<super::AttributeRequest>>,
    /// Delete the label. Only applicable in the PATCH methods of a project or a task.
    ///
    /// Write-only: sent, never returned.
    pub deleted: Option<bool>,
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
    /// The `svg` property, which the spec does not describe (`#/components/schemas/PatchedLabelRequest/properties/svg`).
    pub svg: Option<String>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/PatchedLabelRequest/properties/sublabels`).
    pub sublabels: Option<Vec<super::SublabelRequest>>,
}

serialize_struct!(
    runtime,
    PatchedLabelRequest {
        id: optional("id"),
        name: optional("name"),
        color: optional("color"),
        attributes: optional("attributes"),
        deleted: optional("deleted"),
        r#type: optional("type"),
        svg: optional("svg"),
        sublabels: optional("sublabels")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    PatchedLabelRequest {
        id: optional::<Option<i64>>("id"),
        name: optional::<Option<String>>("name"),
        color: optional::<Option<String>>("color"),
        attributes: optional::<Option<Vec<super::AttributeRequest>>>("attributes"),
        deleted: optional::<Option<bool>>("deleted"),
        r#type: optional::<Option<super::LabelType>>("type"),
        svg: optional::<Option<String>>("svg"),
        sublabels: optional::<Option<Vec<super::SublabelRequest>>>("sublabels")
    }
);
