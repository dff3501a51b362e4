// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Function`] and the types nested in it, from `#/components/schemas/Function`.

use crate::runtime::{self, deserialize_struct};

/// The `Function` schema, which the spec does not describe (`#/components/schemas/Function`).
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// The `id` property, which the spec does not describe (`#/components/schemas/Function/properties/id`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub id: Option<i64>,
    /// The `provider` property, which the spec does not describe (`#/components/schemas/Function/properties/provider`).
    pub provider: String,
    /// The `url` property, which the spec does not describe (`#/components/schemas/Function/properties/url`).
    pub url: Option<String>,
    /// The `name` property, which the spec does not describe (`#/components/schemas/Function/properties/name`).
    pub name: Option<String>,
    /// The `kind` property, which the spec does not describe (`#/components/schemas/Function/properties/kind`).
    pub kind: Option<super::KindEnum>,
    /// The `labels_v2` property, which the spec does not describe (`#/components/schemas/Function/properties/labels_v2`).
    pub labels_v2: Option<Vec<super::FunctionLabel>>,
    /// The `min_pos_points` property, which the spec does not describe (`#/components/schemas/Function/properties/min_pos_points`).
    pub min_pos_points: Option<i64>,
    /// The `min_neg_points` property, which the spec does not describe (`#/components/schemas/Function/properties/min_neg_points`).
    pub min_neg_points: Option<i64>,
    /// The `startswith_box` property, which the spec does not describe (`#/components/schemas/Function/properties/startswith_box`).
    pub startswith_box: Option<bool>,
    /// The `startswith_box_optional` property, which the spec does not describe (`#/components/schemas/Function/properties/startswith_box_optional`).
    pub startswith_box_optional: Option<bool>,
    /// The `supported_shape_types` property, which the spec does not describe (`#/components/schemas/Function/properties/supported_shape_types`).
    pub supported_shape_types: Option<Vec<super::ShapeType>>,
    /// The `created_date` property, which the spec does not describe (`#/components/schemas/Function/properties/created_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `updated_date` property, which the spec does not describe (`#/components/schemas/Function/properties/updated_date`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub updated_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The `owner` property, which the spec does not describe (`#/components/schemas/Function/properties/owner`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub owner: Option<super::BasicUser>,
    /// The `organization` property, which the spec does not describe (`#/components/schemas/Function/properties/organization`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub organization: Option<i64>,
    /// The `visibility` property, which the spec does not describe (`#/components/schemas/Function/properties/visibility`).
    pub visibility: Option<super::VisibilityEnum>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Function {
        id: optional("id"),
        provider: required("provider"),
        url: optional("url"),
        name: optional("name"),
        kind: optional("kind"),
        labels_v2: optional("labels_v2"),
        min_pos_points: optional("min_pos_points"),
        min_neg_points: optional("min_neg_points"),
        startswith_box: optional("startswith_box"),
        startswith_box_optional: optional("startswith_box_optional"),
        supported_shape_types: optional("supported_shape_types"),
        created_date: optional("created_date"),
        updated_date: optional("updated_date"),
        owner: optional("owner"),
        organization: optional("organization"),
        visibility: optional("visibility")
    }
);

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
