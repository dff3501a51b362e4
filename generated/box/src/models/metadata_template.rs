// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataTemplate`] and the types nested in it, from `#/components/schemas/MetadataTemplate`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Metadata template
///
/// A template for metadata that can be applied to files and folders.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataTemplate {
    /// The ID of the metadata template.
    pub id: String,
    /// The value will always be `metadata_template`.
    pub r#type: super::MetadataTemplateTypeField,
    /// The scope of the metadata template can either be `global` or
    /// `enterprise_*`. The `global` scope is used for templates that are
    /// available to any Box enterprise. The `enterprise_*` scope represents
    /// templates that have been created within a specific enterprise, where `*`
    /// will be the ID of that enterprise.
    pub scope: Option<String>,
    /// A unique identifier for the template. This identifier is unique across
    /// the `scope` of the enterprise to which the metadata template is being
    /// applied, yet is not necessarily unique across different enterprises.
    pub template_key: Option<String>,
    /// The display name of the template. This can be seen in the Box web app
    /// and mobile apps.
    pub display_name: Option<String>,
    /// Defines if this template is visible in the Box web app UI, or if
    /// it is purely intended for usage through the API.
    pub hidden: Option<bool>,
    /// An ordered list of template fields which are part of the template. Each
    /// field can be a regular text field, date field, number field, as well as a
    /// single or multi-select list.
    pub fields: Option<Vec<super::MetadataTemplateFieldsField>>,
    /// Whether or not to include the metadata when a file or folder is copied.
    pub copy_instance_on_item_copy: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTemplate {
        id: required("id"),
        r#type: required("type"),
        scope: optional("scope"),
        template_key: optional("templateKey"),
        display_name: optional("displayName"),
        hidden: optional("hidden"),
        fields: optional("fields"),
        copy_instance_on_item_copy: optional("copyInstanceOnItemCopy")
    }
);

deserialize_struct!(
    runtime,
    MetadataTemplate {
        id: required::<String>("id"),
        r#type: required::<super::MetadataTemplateTypeField>("type"),
        scope: optional::<Option<String>>("scope"),
        template_key: optional::<Option<String>>("templateKey"),
        display_name: optional::<Option<String>>("displayName"),
        hidden: optional::<Option<bool>>("hidden"),
        fields: optional::<Option<Vec<super::MetadataTemplateFieldsField>>>("fields"),
        copy_instance_on_item_copy: optional::<Option<bool>>("copyInstanceOnItemCopy")
    }
);

/// The value will always be `metadata_template`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataTemplateTypeField {
    /// `metadata_template`
    MetadataTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, MetadataTemplateTypeField, Unknown, MetadataTemplate = "metadata_template");

/// A field within a metadata template. Fields can be a basic text, date, or
/// number field, or a list of options.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataTemplateFieldsField {
    /// The type of field. The basic fields are a `string` field for text, a
    /// `float` field for numbers, and a `date` fields to present the user with a
    /// date-time picker.
    ///
    /// Additionally, metadata templates support an `enum` field for a basic list
    /// of items, and `multiSelect` field for a similar list of items where the
    /// user can select more than one value.
    ///
    /// Metadata taxonomies are also supported as a `taxonomy` field type
    /// with a specific set of additional properties, which describe its structure.
    ///
    /// **Note**: The `integer` value is deprecated.
    /// It is still present in the response,
    /// but cannot be used in the POST request.
    pub r#type: super::MetadataTemplateFieldsTypeField,
    /// A unique identifier for the field. The identifier must
    /// be unique within the template to which it belongs.
    pub key: String,
    /// The display name of the field as it is shown to the user in the web and
    /// mobile apps.
    pub display_name: String,
    /// A description of the field. This is not shown to the user.
    pub description: Option<String>,
    /// Whether this field is hidden in the UI for the user and can only be set
    /// through the API instead.
    pub hidden: Option<bool>,
    /// A list of options for this field. This is used in combination
    /// with the `enum` and `multiSelect` field types.
    pub options: Option<Vec<super::MetadataTemplateFieldsOptionsField2>>,
    /// The unique key of the metadata taxonomy to use for this taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub taxonomy_key: Option<String>,
    /// The unique ID of the metadata taxonomy to use for this taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub taxonomy_id: Option<String>,
    /// The namespace of the metadata taxonomy to use for this taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub namespace: Option<String>,
    /// An object defining additional rules for the options of the taxonomy field.
    /// This property is required when the field `type` is set to `taxonomy`.
    pub options_rules: Option<super::MetadataTemplateFieldsOptionsRulesField>,
    /// The unique ID of the metadata template field.
    pub id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTemplateFieldsField {
        r#type: required("type"),
        key: required("key"),
        display_name: required("displayName"),
        description: optional("description"),
        hidden: optional("hidden"),
        options: optional("options"),
        taxonomy_key: optional("taxonomyKey"),
        taxonomy_id: optional("taxonomyId"),
        namespace: optional("namespace"),
        options_rules: optional("optionsRules"),
        id: optional("id")
    }
);

deserialize_struct!(
    runtime,
    MetadataTemplateFieldsField {
        r#type: required::<super::MetadataTemplateFieldsTypeField>("type"),
        key: required::<String>("key"),
        display_name: required::<String>("displayName"),
        description: optional::<Option<String>>("description"),
        hidden: optional::<Option<bool>>("hidden"),
        options: optional::<Option<Vec<super::MetadataTemplateFieldsOptionsField2>>>("options"),
        taxonomy_key: optional::<Option<String>>("taxonomyKey"),
        taxonomy_id: optional::<Option<String>>("taxonomyId"),
        namespace: optional::<Option<String>>("namespace"),
        options_rules: optional::<Option<super::MetadataTemplateFieldsOptionsRulesField>>("optionsRules"),
        id: optional::<Option<String>>("id")
    }
);

/// The type of field. The basic fields are a `string` field for text, a
/// `float` field for numbers, and a `date` fields to present the user with a
/// date-time picker.
///
/// Additionally, metadata templates support an `enum` field for a basic list
/// of items, and `multiSelect` field for a similar list of items where the
/// user can select more than one value.
///
/// Metadata taxonomies are also supported as a `taxonomy` field type
/// with a specific set of additional properties, which describe its structure.
///
/// **Note**: The `integer` value is deprecated.
/// It is still present in the response,
/// but cannot be used in the POST request.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataTemplateFieldsTypeField {
    /// `string`
    String,
    /// `float`
    Float,
    /// `date`
    Date,
    /// `enum`
    Enum,
    /// `multiSelect`
    MultiSelect,
    /// `taxonomy`
    Taxonomy,
    /// `integer`
    Integer,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    MetadataTemplateFieldsTypeField,
    Unknown,
    String = "string",
    Float = "float",
    Date = "date",
    Enum = "enum",
    MultiSelect = "multiSelect",
    Taxonomy = "taxonomy",
    Integer = "integer"
);

/// Metadata Option (Write)
///
/// An option for a Metadata Template Field.
///
/// Options only need to be provided for fields of type `enum` and `multiSelect`.
/// Options represent the value(s) a user can select for the field either through
/// the UI or through the API.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataTemplateFieldsOptionsField {
    /// The text value of the option. This represents both the display name of the
    /// option and the internal key used when updating templates.
    pub key: String,
}

serialize_struct!(runtime, MetadataTemplateFieldsOptionsField { key: required("key") });

deserialize_struct!(runtime, MetadataTemplateFieldsOptionsField { key: required::<String>("key") });

/// An object defining additional rules for the options of the taxonomy field.
/// This property is required when the field `type` is set to `taxonomy`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataTemplateFieldsOptionsRulesField {
    /// Whether to allow users to select multiple values.
    pub multi_select: Option<bool>,
    /// An array of integers defining which levels of the taxonomy are
    /// selectable by users.
    pub selectable_levels: Option<Vec<i64>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTemplateFieldsOptionsRulesField {
        multi_select: optional("multiSelect"),
        selectable_levels: optional("selectableLevels")
    }
);

deserialize_struct!(
    runtime,
    MetadataTemplateFieldsOptionsRulesField {
        multi_select: optional::<Option<bool>>("multiSelect"),
        selectable_levels: optional::<Option<Vec<i64>>>("selectableLevels")
    }
);

/// An option for a Metadata Template Field.
///
/// Options are only present for fields of type `enum` and
/// `multiSelect`. Options represent the value(s) a user can
/// select for the field either through the UI or through the API.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataTemplateFieldsOptionsField2 {
    /// The text value of the option. This represents both the display name of the
    /// option and the internal key used when updating templates.
    pub key: String,
    /// The internal unique identifier of the option.
    pub id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataTemplateFieldsOptionsField2 { key: required("key"), id: optional("id") }
);

deserialize_struct!(
    runtime,
    MetadataTemplateFieldsOptionsField2 { key: required::<String>("key"), id: optional::<Option<String>>("id") }
);
