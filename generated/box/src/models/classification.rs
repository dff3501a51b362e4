// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Classification`] and the types nested in it, from `#/components/schemas/Classification`.

use crate::runtime::{self, string_enum};

/// Classification
///
/// An instance of the classification metadata template, containing
/// the classification applied to the file or folder.
///
/// To get more details about the classification applied to an item,
/// request the classification metadata template.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Classification {
    /// The name of the classification applied to the item.
    #[serde(rename = "Box__Security__Classification__Key", default, skip_serializing_if = "Option::is_none")]
    pub box_security_classification_key: Option<String>,
    /// The identifier of the item that this metadata instance
    /// has been attached to. This combines the `type` and the `id`
    /// of the parent in the form `{type}_{id}`.
    #[serde(rename = "$parent", default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The value will always be `securityClassification-6VMVochwUWo`.
    #[serde(rename = "$template", default, skip_serializing_if = "Option::is_none")]
    pub template: Option<super::ClassificationTemplateField>,
    /// The scope of the enterprise that this classification has been
    /// applied for.
    ///
    /// This will be in the format `enterprise_{enterprise_id}`.
    #[serde(rename = "$scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The version of the metadata instance. This version starts at 0 and
    /// increases every time a classification is updated.
    #[serde(rename = "$version", default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// The unique ID of this classification instance. This will be include
    /// the name of the classification template and a unique ID.
    #[serde(rename = "$type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The version of the metadata template. This version starts at 0 and
    /// increases every time the template is updated. This is mostly for internal
    /// use.
    #[serde(rename = "$typeVersion", default, skip_serializing_if = "Option::is_none")]
    pub type_version: Option<f64>,
    /// Whether an end user can change the classification.
    #[serde(rename = "$canEdit", default, skip_serializing_if = "Option::is_none")]
    pub can_edit: Option<bool>,
}

/// The value will always be `securityClassification-6VMVochwUWo`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateField {
    /// `securityClassification-6VMVochwUWo`
    SecurityClassification6vmVochwUWo,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ClassificationTemplateField,
    Unknown,
    SecurityClassification6vmVochwUWo = "securityClassification-6VMVochwUWo"
);
