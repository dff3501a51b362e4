// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FunctionRequest`] and the types nested in it, from `#/components/schemas/FunctionRequest`.

/// The `FunctionRequest` schema, which the spec does not describe (`#/components/schemas/FunctionRequest`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FunctionRequest {
    /// The `provider` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/provider`).
    pub provider: String,
    /// The `url` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/url`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The `api_key` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/api_key`).
    ///
    /// Write-only: sent, never returned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/name`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `kind` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/kind`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::KindEnum>,
    /// The `labels_v2` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/labels_v2`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels_v2: Option<Vec<super::FunctionLabelRequest>>,
    /// The `min_pos_points` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/min_pos_points`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_pos_points: Option<i64>,
    /// The `min_neg_points` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/min_neg_points`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_neg_points: Option<i64>,
    /// The `startswith_box` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/startswith_box`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub startswith_box: Option<bool>,
    /// The `startswith_box_optional` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/startswith_box_optional`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub startswith_box_optional: Option<bool>,
    /// The `supported_shape_types` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/supported_shape_types`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supported_shape_types: Option<Vec<super::ShapeType>>,
    /// The `visibility` property, which the spec does not describe (`#/components/schemas/FunctionRequest/properties/visibility`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub visibility: Option<super::VisibilityEnum>,
}

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
