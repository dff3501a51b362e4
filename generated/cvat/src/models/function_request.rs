// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionRequest`] and the types nested in it, from `#/components/schemas/FunctionRequest`.

use crate::runtime::{self, serialize_struct};

/// The `FunctionRequest` schema, which the spec does not describe (`#/components/schemas/FunctionRequest`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionRequest {
    /// The `provider` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/provider`).
    pub provider: String,
    /// The `url` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/url`).
    pub url: Option<String>,
    /// The `api_key` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/api_key`).
    ///
    /// Write-only: sent, never returned.
    pub api_key: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/name`).
    pub name: Option<String>,
    /// The `kind` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/kind`).
    pub kind: Option<super::KindEnum>,
    /// The `labels_v2` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/labels_v2`).
    pub labels_v2: Option<Vec<super::FunctionLabelRequest>>,
    /// The `min_pos_points` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/min_pos_points`).
    pub min_pos_points: Option<i64>,
    /// The `min_neg_points` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/min_neg_points`).
    pub min_neg_points: Option<i64>,
    /// The `startswith_box` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/startswith_box`).
    pub startswith_box: Option<bool>,
    /// The `startswith_box_optional` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/startswith_box_optional`).
    pub startswith_box_optional: Option<bool>,
    /// The `supported_shape_types` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/supported_shape_types`).
    pub supported_shape_types: Option<Vec<super::ShapeType>>,
    /// The `visibility` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/visibility`).
    pub visibility: Option<super::VisibilityEnum>,
}

serialize_struct!(
    runtime,
    FunctionRequest {
        provider: required("provider"),
        url: optional("url"),
        api_key: optional("api_key"),
        name: optional("name"),
        kind: optional("kind"),
        labels_v2: optional("labels_v2"),
        min_pos_points: optional("min_pos_points"),
        min_neg_points: optional("min_neg_points"),
        startswith_box: optional("startswith_box"),
        startswith_box_optional: optional("startswith_box_optional"),
        supported_shape_types: optional("supported_shape_types"),
        visibility: optional("visibility")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    FunctionRequest {
        provider: required::<String>("provider"),
        url: optional::<Option<String>>("url"),
        api_key: optional::<Option<String>>("api_key"),
        name: optional::<Option<String>>("name"),
        kind: optional::<Option<super::KindEnum>>("kind"),
        labels_v2: optional::<Option<Vec<super::FunctionLabelRequest>>>("labels_v2"),
        min_pos_points: optional::<Option<i64>>("min_pos_points"),
        min_neg_points: optional::<Option<i64>>("min_neg_points"),
        startswith_box: optional::<Option<bool>>("startswith_box"),
        startswith_box_optional: optional::<Option<bool>>("startswith_box_optional"),
        supported_shape_types: optional::<Option<Vec<super::ShapeType>>>("supported_shape_types"),
        visibility: optional::<Option<super::VisibilityEnum>>("visibility")
    }
);
