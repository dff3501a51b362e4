// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFull`] and the types nested in it, from `#/components/schemas/Metadata--Full`.

/// Metadata instance (Full)
///
/// An instance of a metadata template, which has been applied to a file or
/// folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataFull {
    /// The identifier of the item that this metadata instance
    /// has been attached to. This combines the `type` and the `id`
    /// of the parent in the form `{type}_{id}`.
    #[serde(rename = "$parent", default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The name of the template.
    #[serde(rename = "$template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// An ID for the scope in which this template
    /// has been applied. This will be `enterprise_{enterprise_id}` for templates
    /// defined for use in this enterprise, and `global` for general templates
    /// that are available to all enterprises using Box.
    #[serde(rename = "$scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The version of the metadata instance. This version starts at 0 and
    /// increases every time a user-defined property is modified.
    #[serde(rename = "$version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Whether the user can edit this metadata instance.
    #[serde(rename = "$canEdit", default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
    /// A UUID to identify the metadata instance.
    #[serde(rename = "$id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<uuid::Uuid>,
    /// A unique identifier for the "type" of this instance. This is an
    /// internal system property and should not be used by a client
    /// application.
    #[serde(rename = "$type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The last-known version of the template of the object. This is an
    /// internal system property and should not be used by a client
    /// application.
    #[serde(rename = "$typeVersion", default, skip_serializing_if = "Option::is_none")]
    pub type_version: Option<i64>,
    /// Properties beyond the declared ones.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
