// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInput`] and the types nested in it, from `#/components/schemas/SignRequestSignerInput`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Sign Request Signer Input
///
/// Input created by a Signer on a Sign Request.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSignerInput {
    /// This references the ID of a specific tag contained in a file of the signature request.
    pub document_tag_id: Option<String>,
    /// Text prefill value.
    pub text_value: Option<String>,
    /// Checkbox prefill value.
    pub checkbox_value: Option<bool>,
    /// Date prefill value.
    pub date_value: Option<chrono::NaiveDate>,
    /// Type of input.
    pub r#type: Option<super::SignRequestSignerInputTypeField>,
    /// Content type of input.
    pub content_type: Option<super::SignRequestSignerInputContentTypeField>,
    /// Index of page that the input is on.
    pub page_index: i64,
    /// Indicates whether this input is read-only (cannot be modified by signers).
    pub read_only: Option<bool>,
    /// Specifies the formatting rules that signers must follow for text field inputs.
    /// If set, this validation is mandatory.
    pub validation: Option<super::SignRequestSignerInputValidationField>,
    /// The reason for the signer's input, applicable to signature or initial content types
    /// in a `cfr11` request flow. The value is `null` when not applicable.
    pub reason: Option<String>,
    /// Indicates whether the signer's input has been validated through re-authentication.
    /// Applicable only for signature or initial content types in a `cfr11` request flow.
    /// The value is `null` for standard request flows or non-applicable input types.
    pub is_validated: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerInput {
        document_tag_id: optional("document_tag_id"),
        text_value: optional("text_value"),
        checkbox_value: optional("checkbox_value"),
        date_value: optional("date_value"),
        r#type: optional("type"),
        content_type: optional("content_type"),
        page_index: required("page_index"),
        read_only: optional("read_only"),
        validation: optional("validation"),
        reason: optional("reason"),
        is_validated: optional("is_validated")
    }
);

deserialize_struct!(
    runtime,
    SignRequestSignerInput {
        document_tag_id: optional::<Option<String>>("document_tag_id"),
        text_value: optional::<Option<String>>("text_value"),
        checkbox_value: optional::<Option<bool>>("checkbox_value"),
        date_value: optional::<Option<chrono::NaiveDate>>("date_value"),
        r#type: optional::<Option<super::SignRequestSignerInputTypeField>>("type"),
        content_type: optional::<Option<super::SignRequestSignerInputContentTypeField>>("content_type"),
        page_index: required::<i64>("page_index"),
        read_only: optional::<Option<bool>>("read_only"),
        validation: optional::<Option<super::SignRequestSignerInputValidationField>>("validation"),
        reason: optional::<Option<String>>("reason"),
        is_validated: optional::<Option<bool>>("is_validated")
    }
);

/// Type of input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputTypeField {
    /// `signature`
    Signature,
    /// `date`
    Date,
    /// `text`
    Text,
    /// `checkbox`
    Checkbox,
    /// `radio`
    Radio,
    /// `dropdown`
    Dropdown,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SignRequestSignerInputTypeField,
    Unknown,
    Signature = "signature",
    Date = "date",
    Text = "text",
    Checkbox = "checkbox",
    Radio = "radio",
    Dropdown = "dropdown"
);

/// Content type of input.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerInputContentTypeField {
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
    SignRequestSignerInputContentTypeField,
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

/// Specifies the formatting rules that signers must follow for text field inputs.
/// If set, this validation is mandatory.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum SignRequestSignerInputValidationField {
    /// The `SignRequestSignerInputValidation` alternative (`#/components/schemas/SignRequestSignerInput/allOf/1/properties/validation/anyOf/0`).
    SignRequestSignerInputValidation(super::SignRequestSignerInputValidation),
    /// The definition for a null schema type in OpenAPI `3.0`.
    OpenApi30NullSchemaType(serde_json::Map<String, serde_json::Value>),
}

impl From<super::SignRequestSignerInputValidation> for SignRequestSignerInputValidationField {
    fn from(value: super::SignRequestSignerInputValidation) -> Self {
        Self::SignRequestSignerInputValidation(value)
    }
}

impl From<serde_json::Map<String, serde_json::Value>> for SignRequestSignerInputValidationField {
    fn from(value: serde_json::Map<String, serde_json::Value>) -> Self {
        Self::OpenApi30NullSchemaType(value)
    }
}
