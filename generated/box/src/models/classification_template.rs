// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`ClassificationTemplate`] and the types nested in it, from `#/components/schemas/ClassificationTemplate`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Classification Template
///
/// A metadata template that holds the security classifications
/// defined by an enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassificationTemplate {
    /// The ID of the classification template.
    pub id: String,
    /// The value will always be `metadata_template`.
    pub r#type: super::ClassificationTemplateTypeField,
    /// The scope of the classification template. This is in the format
    /// `enterprise_{id}` where the `id` is the enterprise ID.
    pub scope: String,
    /// The value will always be `securityClassification-6VMVochwUWo`.
    pub template_key: super::ClassificationTemplateTemplateKeyField,
    /// The name of this template as shown in web and mobile interfaces.
    pub display_name: super::ClassificationTemplateDisplayNameField,
    /// Determines if the
    /// template is always available in web and mobile interfaces.
    pub hidden: Option<bool>,
    /// Determines if
    /// classifications are
    /// copied along when the file or folder is
    /// copied.
    pub copy_instance_on_item_copy: Option<bool>,
    /// A list of fields for this classification template. This includes
    /// only one field, the `Box__Security__Classification__Key`, which defines
    /// the different classifications available in this enterprise.
    pub fields: Vec<super::ClassificationTemplateFieldsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClassificationTemplate {
        id: required("id"),
        r#type: required("type"),
        scope: required("scope"),
        template_key: required("templateKey"),
        display_name: required("displayName"),
        hidden: optional("hidden"),
        copy_instance_on_item_copy: optional("copyInstanceOnItemCopy"),
        fields: required("fields")
    }
);

deserialize_struct!(
    runtime,
    ClassificationTemplate {
        id: required::<String>("id"),
        r#type: required::<super::ClassificationTemplateTypeField>("type"),
        scope: required::<String>("scope"),
        template_key: required::<super::ClassificationTemplateTemplateKeyField>("templateKey"),
        display_name: required::<super::ClassificationTemplateDisplayNameField>("displayName"),
        hidden: optional::<Option<bool>>("hidden"),
        copy_instance_on_item_copy: optional::<Option<bool>>("copyInstanceOnItemCopy"),
        fields: required::<Vec<super::ClassificationTemplateFieldsField>>("fields")
    }
);

/// The value will always be `metadata_template`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateTypeField {
    /// `metadata_template`
    MetadataTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ClassificationTemplateTypeField, Unknown, MetadataTemplate = "metadata_template");

/// The value will always be `securityClassification-6VMVochwUWo`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateTemplateKeyField {
    /// `securityClassification-6VMVochwUWo`
    SecurityClassification6vmVochwUWo,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ClassificationTemplateTemplateKeyField,
    Unknown,
    SecurityClassification6vmVochwUWo = "securityClassification-6VMVochwUWo"
);

/// The name of this template as shown in web and mobile interfaces.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateDisplayNameField {
    /// `Classification`
    Classification,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ClassificationTemplateDisplayNameField, Unknown, Classification = "Classification");

/// The metadata template field that represents the available
/// classifications.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassificationTemplateFieldsField {
    /// The unique ID of the field.
    pub id: String,
    /// The array item type.
    pub r#type: super::ClassificationTemplateFieldsTypeField,
    /// Defines classifications
    /// available in the enterprise.
    pub key: super::ClassificationTemplateFieldsKeyField,
    /// The value will always be `Classification`.
    pub display_name: super::ClassificationTemplateFieldsDisplayNameField,
    /// Classifications are always visible to web and mobile users.
    pub hidden: Option<bool>,
    /// A list of classifications available in this enterprise.
    pub options: Vec<super::ClassificationTemplateFieldsOptionsField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClassificationTemplateFieldsField {
        id: required("id"),
        r#type: required("type"),
        key: required("key"),
        display_name: required("displayName"),
        hidden: optional("hidden"),
        options: required("options")
    }
);

deserialize_struct!(
    runtime,
    ClassificationTemplateFieldsField {
        id: required::<String>("id"),
        r#type: required::<super::ClassificationTemplateFieldsTypeField>("type"),
        key: required::<super::ClassificationTemplateFieldsKeyField>("key"),
        display_name: required::<super::ClassificationTemplateFieldsDisplayNameField>("displayName"),
        hidden: optional::<Option<bool>>("hidden"),
        options: required::<Vec<super::ClassificationTemplateFieldsOptionsField>>("options")
    }
);

/// The array item type.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateFieldsTypeField {
    /// `enum`
    Enum,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ClassificationTemplateFieldsTypeField, Unknown, Enum = "enum");

/// Defines classifications
/// available in the enterprise.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateFieldsKeyField {
    /// `Box__Security__Classification__Key`
    BoxSecurityClassificationKey,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    ClassificationTemplateFieldsKeyField,
    Unknown,
    BoxSecurityClassificationKey = "Box__Security__Classification__Key"
);

/// The value will always be `Classification`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClassificationTemplateFieldsDisplayNameField {
    /// `Classification`
    Classification,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, ClassificationTemplateFieldsDisplayNameField, Unknown, Classification = "Classification");

/// A single classification available in this enterprise.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassificationTemplateFieldsOptionsField {
    /// The unique ID of this classification.
    pub id: String,
    /// The display name and key for this classification.
    pub key: String,
    /// Additional information about the classification.
    pub static_config: Option<super::ClassificationTemplateFieldsOptionsStaticConfigField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClassificationTemplateFieldsOptionsField {
        id: required("id"),
        key: required("key"),
        static_config: optional("staticConfig")
    }
);

deserialize_struct!(
    runtime,
    ClassificationTemplateFieldsOptionsField {
        id: required::<String>("id"),
        key: required::<String>("key"),
        static_config: optional::<Option<super::ClassificationTemplateFieldsOptionsStaticConfigField>>("staticConfig")
    }
);

/// Additional information about the classification.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassificationTemplateFieldsOptionsStaticConfigField {
    /// Additional information about the classification.
    ///
    /// This is not an exclusive list of properties, and
    /// more object fields might be returned. These fields
    /// are used for internal Box Shield and Box Governance
    /// purposes and no additional value must be derived from
    /// these fields.
    pub classification: Option<super::ClassificationTemplateFieldsOptionsStaticConfigClassificationField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClassificationTemplateFieldsOptionsStaticConfigField { classification: optional("classification") }
);

deserialize_struct!(
    runtime,
    ClassificationTemplateFieldsOptionsStaticConfigField {
        classification: optional::<Option<super::ClassificationTemplateFieldsOptionsStaticConfigClassificationField>>(
            "classification"
        )
    }
);

/// Additional information about the classification.
///
/// This is not an exclusive list of properties, and
/// more object fields might be returned. These fields
/// are used for internal Box Shield and Box Governance
/// purposes and no additional value must be derived from
/// these fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClassificationTemplateFieldsOptionsStaticConfigClassificationField {
    /// A longer description of the classification.
    pub classification_definition: Option<String>,
    /// An internal Box identifier used to assign a color to
    /// a classification label.
    ///
    /// Mapping between a `colorID` and a color may change
    /// without notice. Currently, the color mappings are as
    /// follows.
    ///
    /// * `0`: Yellow.
    /// * `1`: Orange.
    /// * `2`: Watermelon red.
    /// * `3`: Purple rain.
    /// * `4`: Light blue.
    /// * `5`: Dark blue.
    /// * `6`: Light green.
    /// * `7`: Gray.
    pub color_id: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    ClassificationTemplateFieldsOptionsStaticConfigClassificationField {
        classification_definition: optional("classificationDefinition"),
        color_id: optional("colorID")
    }
);

deserialize_struct!(
    runtime,
    ClassificationTemplateFieldsOptionsStaticConfigClassificationField {
        classification_definition: optional::<Option<String>>("classificationDefinition"),
        color_id: optional::<Option<i64>>("colorID")
    }
);
