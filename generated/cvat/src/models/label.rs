// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Label`] and the types nested in it, from `#/components/schemas/Label`.

use crate::runtime::{self, deserialize_struct};

/// The `Label` schema, which the spec does not describe (`#/components/schemas/Label`).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Label/properties/id`).
    pub id: Option<i64>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Label/properties/name`).
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
    /// The `svg` property, which the spec does not describe (`#/components/schemas/Label/properties/svg`).
    pub svg: Option<String>,
    /// The `sublabels` property, which the spec does not describe (`#/components/schemas/Label/properties/sublabels`).
    pub sublabels: Option<Vec<super::Sublabel>>,
    /// The `project_id` property, which the spec does not describe (`#/components/schemas/Label/properties/project_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub project_id: Option<i64>,
    /// The `task_id` property, which the spec does not describe (`#/components/schemas/Label/properties/task_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub task_id: Option<i64>,
    /// The `parent_id` property, which the spec does not describe (`#/components/schemas/Label/properties/parent_id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub parent_id: Option<i64>,
    /// The `has_parent` property, which the spec does not describe (`#/components/schemas/Label/properties/has_parent`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub has_parent: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Label {
        id: optional("id"),
        name: required("name"),
        color: optional("color"),
        attributes: optional("attributes"),
        r#type: optional("type"),
        svg: optional("svg"),
        sublabels: optional("sublabels"),
        project_id: optional("project_id"),
        task_id: optional("task_id"),
        parent_id: optional("parent_id"),
        has_parent: optional("has_parent")
    }
);

deserialize_struct!(
    runtime,
    Label {
        id: optional::<Option<i64>>("id"),
        name: required::<String>("name"),
        color: optional::<Option<String>>("color"),
        attributes: optional::<Option<Vec<super::Attribute>>>("attributes"),
        r#type: optional::<Option<super::LabelType>>("type"),
        svg: optional::<Option<String>>("svg"),
        sublabels: optional::<Option<Vec<super::Sublabel>>>("sublabels"),
        project_id: optional::<Option<i64>>("project_id"),
        task_id: optional::<Option<i64>>("task_id"),
        parent_id: optional::<Option<i64>>("parent_id"),
        has_parent: optional::<Option<bool>>("has_parent")
    }
);
