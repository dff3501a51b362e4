// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TemplateSignerInput`] and the types nested in it, from `#/components/schemas/TemplateSignerInput`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Template Signer Input
///
/// Input created by a Signer on a Template.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateSignerInput {
    /// This references the ID of a specific tag contained in a file of the signature request.
    pub document_tag_id: Option<String>,
    /// Text prefill value.
    pub text_value: Option<String>,
    /// Checkbox prefill value.
    pub checkbox_value: Option<bool>,
    /// Date prefill value.
    pub date_value: Option<chrono::NaiveDate>,
    /// Type of input.
    pub r#type: Option<super::TemplateSignerInputTypeField>,
    /// Content type of input.
    pub content_type: Option<super::TemplateSignerInputContentTypeField>,
    /// Whether or not the input is required.
    pub is_required: Option<bool>,
    /// Index of page that the input is on.
    pub page_index: i64,
    /// Document identifier.
    pub document_id: Option<String>,
    /// When the input is of the type `dropdown` this
    /// values will be filled with all the
    /// dropdown options.
    pub dropdown_choices: Option<Vec<String>>,
    /// When the input is of type `radio` they can be
    /// grouped to gather with this identifier.
    pub group_id: Option<String>,
    /// Where the input is located on a page.
    pub coordinates: Option<super::TemplateSignerInputCoordinatesField>,
    /// The size of the input.
    pub dimensions: Option<super::TemplateSignerInputDimensionsField>,
    /// The label field is used especially for text, attachment, radio, and checkbox type inputs.
    pub label: Option<String>,
    /// Indicates whether this input is read-only (cannot be modified by signers).
    pub read_only: Option<bool>,
    /// Specifies the formatting rules that signers must follow for text field inputs.
    /// If set, this validation is mandatory.
    pub validation: Option<super::TemplateSignerInputValidationField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TemplateSignerInput {
        document_tag_id: optional("document_tag_id"),
        text_value: optional("text_value"),
        checkbox_value: optional("checkbox_value"),
        date_value: optional("date_value"),
        r#type: optional("type"),
        content_type: optional("content_type"),
        is_required: optional("is_required"),
        page_index: required("page_index"),
        document_id: optional("document_id"),
        dropdown_choices: optional("dropdown_choices"),
        group_id: optional("group_id"),
        coordinates: optional("coordinates"),
        dimensions: optional("dimensions"),
        label: optional("label"),
        read_only: optional("read_only"),
        validation: optional("validation")
    }
);

deserialize_struct!(
    runtime,
    TemplateSignerInput {
        document_tag_id: optional::<Option<String>>("document_tag_id"),
        text_value: optional::<Option<String>>("text_value"),
        checkbox_value: optional::<Option<bool>>("checkbox_value"),
        date_value: optional::<Option<chrono::NaiveDate>>("date_value"),
        r#type: optional::<Option<super::TemplateSignerInputTypeField>>("type"),
        content_type: optional::<Option<super::TemplateSignerInputContentTypeField>>("content_type"),
        is_required: optional::<Option<bool>>("is_required"),
        page_index: required::<i64>("page_index"),
        document_id: optional::<Option<String>>("document_id"),
        dropdown_choices: optional::<Option<Vec<String>>>("dropdown_choices"),
        group_id: optional::<Option<String>>("group_id"),
        coordinates: optional::<Option<super::TemplateSignerInputCoordinatesField>>("coordinates"),
        dimensions: optional::<Option<super::TemplateSignerInputDimensionsField>>("dimensions"),
        label: optional::<Option<String>>("label"),
        read_only: optional::<Option<bool>>("read_only"),
        validation: optional::<Option<super::TemplateSignerInputValidationField>>("validation")
    }
);

/// Type of input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TemplateSignerInputTypeField {
    /// `signature`
    Signature,
    /// `date`
    Date,
    /// `text`
    Text,
    /// `checkbox`
    Checkbox,
    /// `attachment`
    Attachment,
    /// `radio`
    Radio,
    /// `dropdown`
    Dropdown,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    TemplateSignerInputTypeField,
    Unknown,
    Signature = "signature",
    Date = "date",
    Text = "text",
    Checkbox = "checkbox",
    Attachment = "attachment",
    Radio = "radio",
    Dropdown = "dropdown"
);

/// Content type of input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TemplateSignerInputContentTypeField {
    /// `signature`
    Signature,
    /// `initial`
    Initial,
    /// `stamp`
    Stamp,
    /// `date`
    Date,
    /// `checkbox`
    Checkbox,
    /// `text`
    Text,
    /// `full_name`
    FullName,
    /// `first_name`
    FirstName,
    /// `last_name`
    LastName,
    /// `company`
    Company,
    /// `title`
    Title,
    /// `email`
    Email,
    /// `attachment`
    Attachment,
    /// `radio`
    Radio,
    /// `dropdown`
    Dropdown,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    TemplateSignerInputContentTypeField,
    Unknown,
    Signature = "signature",
    Initial = "initial",
    Stamp = "stamp",
    Date = "date",
    Checkbox = "checkbox",
    Text = "text",
    FullName = "full_name",
    FirstName = "first_name",
    LastName = "last_name",
    Company = "company",
    Title = "title",
    Email = "email",
    Attachment = "attachment",
    Radio = "radio",
    Dropdown = "dropdown"
);

/// Where the input is located on a page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TemplateSignerInputCoordinatesField {
    /// Relative x coordinate to the page the input is on, ranging from 0 to 1.
    pub x: Option<f64>,
    /// Relative y coordinate to the page the input is on, ranging from 0 to 1.
    pub y: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TemplateSignerInputCoordinatesField { x: optional("x"), y: optional("y") }
);

deserialize_struct!(
    runtime,
    TemplateSignerInputCoordinatesField { x: optional::<Option<f64>>("x"), y: optional::<Option<f64>>("y") }
);

/// The size of the input.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TemplateSignerInputDimensionsField {
    /// Relative width to the page the input is on, ranging from 0 to 1.
    pub width: Option<f64>,
    /// Relative height to the page the input is on, ranging from 0 to 1.
    pub height: Option<f64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TemplateSignerInputDimensionsField { width: optional("width"), height: optional("height") }
);

deserialize_struct!(
    runtime,
    TemplateSignerInputDimensionsField {
        width: optional::<Option<f64>>("width"),
        height: optional::<Option<f64>>("height")
    }
);

/// Specifies the formatting rules that signers must follow for text field inputs.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum TemplateSignerInputValidationField {
    /// The `SignRequestSignerInputValidation` alternative (`#/components/schemas/TemplateSignerInput/allOf/1/properties/validation/anyOf/0`).
    SignRequestSignerInputValidation(super::SignRequestSignerInputValidation),
    /// The definition for a null schema type in OpenAPI `3.0`.
    OpenApi30NullSchemaType(serde_json::Map<String, serde_json::Value>),
}

impl From<super::SignRequestSignerInputValidation> for TemplateSignerInputValidationField {
    fn from(value: super::SignRequestSignerInputValidation) -> Self {
        Self::SignRequestSignerInputValidation(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for TemplateSignerInputValidationField {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::OpenApi30NullSchemaType(value)
    }
}
