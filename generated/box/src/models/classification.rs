// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Classification`] and the types nested in it, from `#/components/schemas/Classification`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Classification
///
/// An instance of the classification metadata template, containing
/// the classification applied to the file or folder.
///
/// To get more details about the classification applied to an item,
/// request the classification metadata template.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Classification {
    /// The name of the classification applied to the item.
    pub box_security_classification_key: Option<String>,
    /// The identifier of the item that this metadata instance
    /// has been attached to. This combines the `type` and the `id`
    /// of the parent in the form `{type}_{id}`.
    pub parent: Option<String>,
    /// The value will always be `securityClassification-6VMVochwUWo`.
    pub template: Option<super::ClassificationTemplateField>,
    /// The scope of the enterprise that this classification has been
    /// applied for.
    ///
    /// This will be in the format `enterprise_{enterprise_id}`.
    pub scope: Option<String>,
    /// The version of the metadata instance. This version starts at 0 and
    /// increases every time a classification is updated.
    pub version: Option<i64>,
    /// The unique ID of this classification instance. This will be include
    /// the name of the classification template and a unique ID.
    pub r#type: Option<String>,
    /// The version of the metadata template. This version starts at 0 and
    /// increases every time the template is updated. This is mostly for internal
    /// use.
    pub type_version: Option<f64>,
    /// Whether an end user can change the classification.
    pub can_edit: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Classification {
        box_security_classification_key: optional("Box__Security__Classification__Key"),
        parent: optional("$parent"),
        template: optional("$template"),
        scope: optional("$scope"),
        version: optional("$version"),
        r#type: optional("$type"),
        type_version: optional("$typeVersion"),
        can_edit: optional("$canEdit")
    }
);

deserialize_struct!(
    runtime,
    Classification {
        box_security_classification_key: optional::<Option<String>>("Box__Security__Classification__Key"),
        parent: optional::<Option<String>>("$parent"),
        template: optional::<Option<super::ClassificationTemplateField>>("$template"),
        scope: optional::<Option<String>>("$scope"),
        version: optional::<Option<i64>>("$version"),
        r#type: optional::<Option<String>>("$type"),
        type_version: optional::<Option<f64>>("$typeVersion"),
        can_edit: optional::<Option<bool>>("$canEdit")
    }
);

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
