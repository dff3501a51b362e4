// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TemplateSignerInput`] and the types nested in it, from `#/components/schemas/TemplateSignerInput`.

use crate::runtime::{self, string_enum};

/// Template Signer Input
///
/// Input created by a Signer on a Template.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TemplateSignerInput {
    /// This references the ID of a specific tag contained in a file of the signature request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_tag_id: Option<String>,
    /// Text prefill value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_value: Option<String>,
    /// Checkbox prefill value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkbox_value: Option<bool>,
    /// Date prefill value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_value: Option<chrono::NaiveDate>,
    /// Type of input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::TemplateSignerInputTypeField>,
    /// Content type of input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<super::TemplateSignerInputContentTypeField>,
    /// Whether or not the input is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_required: Option<bool>,
    /// Index of page that the input is on.
    pub page_index: i64,
    /// Document identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_id: Option<String>,
    /// When the input is of the type `dropdown` this
    /// values will be filled with all the
    /// dropdown options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dropdown_choices: Option<Vec<String>>,
    /// When the input is of type `radio` they can be
    /// grouped to gather with this identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// Where the input is located on a page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<super::TemplateSignerInputCoordinatesField>,
    /// The size of the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<super::TemplateSignerInputDimensionsField>,
    /// The label field is used especially for text, attachment, radio, and checkbox type inputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Indicates whether this input is read-only (cannot be modified by signers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Specifies the formatting rules that signers must follow for text field inputs.
    /// If set, this validation is mandatory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<super::TemplateSignerInputValidationField>,
}

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
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TemplateSignerInputCoordinatesField {
    /// Relative x coordinate to the page the input is on, ranging from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x: Option<f64>,
    /// Relative y coordinate to the page the input is on, ranging from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub y: Option<f64>,
}

/// The size of the input.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct TemplateSignerInputDimensionsField {
    /// Relative width to the page the input is on, ranging from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub width: Option<f64>,
    /// Relative height to the page the input is on, ranging from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub height: Option<f64>,
}

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
