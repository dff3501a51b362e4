// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Function`] and the types nested in it, from `#/components/schemas/Function`.

use crate::runtime::{self, deserialize_struct};

/// The `Function` schema, which the spec does not describe (`#/components/schemas/Function`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Function {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Function/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub id: Option<i64>,
    /// The `provider` property, which the spec does not describe (`#/components/schemas/Function/properties/provider`).
    pub provider: String,
    /// The `url` property, which the spec does not describe (`#/components/schemas/Function/properties/url`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Function/properties/name`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The `kind` property, which the spec does not describe (`#/components/schemas/Function/properties/kind`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub kind: Option<super::KindEnum>,
    /// The `labels_v2` property, which the spec does not describe (`#/components/schemas/Function/properties/labels_v2`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub labels_v2: Option<Vec<super::FunctionLabel>>,
    /// The `min_pos_points` property, which the spec does not describe (`#/components/schemas/Function/properties/min_pos_points`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub min_pos_points: Option<i64>,
    /// The `min_neg_points` property, which the spec does not describe (`#/components/schemas/Function/properties/min_neg_points`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub min_neg_points: Option<i64>,
    /// The `startswith_box` property, which the spec does not describe (`#/components/schemas/Function/properties/startswith_box`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub startswith_box: Option<bool>,
    /// The `startswith_box_optional` property, which the spec does not describe (`#/components/schemas/Function/properties/startswith_box_optional`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub startswith_box_optional: Option<bool>,
    /// The `supported_shape_types` property, which the spec does not describe (`#/components/schemas/Function/properties/supported_shape_types`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub supported_shape_types: Option<Vec<super::ShapeType>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/Function/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/Function/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/Function/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub owner: Option<super::BasicUser>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/Function/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub organization: Option<i64>,
    /// The `visibility` property, which the spec does not describe (`#/components/schemas/Function/properties/visibility`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub visibility: Option<super::VisibilityEnum>,
}

deserialize_struct!(
    runtime,
    Function {
        id: optional::<Option<i64>>("id"),
        provider: required::<String>("provider"),
        url: optional::<Option<String>>("url"),
        name: optional::<Option<String>>("name"),
        kind: optional::<Option<super::KindEnum>>("kind"),
        labels_v2: optional::<Option<Vec<super::FunctionLabel>>>("labels_v2"),
        min_pos_points: optional::<Option<i64>>("min_pos_points"),
        min_neg_points: optional::<Option<i64>>("min_neg_points"),
        startswith_box: optional::<Option<bool>>("startswith_box"),
        startswith_box_optional: optional::<Option<bool>>("startswith_box_optional"),
        supported_shape_types: optional::<Option<Vec<super::ShapeType>>>("supported_shape_types"),
        created_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_date"),
        updated_date: optional::<Option<chrono::DateTime<chrono::Utc>>>("updated_date"),
        owner: optional::<Option<super::BasicUser>>("owner"),
        organization: optional::<Option<i64>>("organization"),
        visibility: optional::<Option<super::VisibilityEnum>>("visibility")
    }
);
