// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSignerInput`] and the types nested in it, from `#/components/schemas/SignRequestSignerInput`.

/// Sign Request Signer Input
///
/// Input created by a Signer on a Sign Request.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SignRequestSignerInput {
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
    pub r#type: Option<super::SignRequestSignerInputTypeField>,
    /// Content type of input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<super::SignRequestSignerInputContentTypeField>,
    /// Index of page that the input is on.
    pub page_index: i64,
    /// Indicates whether this input is read-only (cannot be modified by signers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    /// Specifies the formatting rules that signers must follow for text field inputs.
    /// If set, this validation is mandatory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validation: Option<super::SignRequestSignerInputValidationField>,
    /// The reason for the signer's input, applicable to signature or initial content types
    /// in a `cfr11` request flow. The value is `null` when not applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Indicates whether the signer's input has been validated through re-authentication.
    /// Applicable only for signature or initial content types in a `cfr11` request flow.
    /// The value is `null` for standard request flows or non-applicable input types.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_validated: Option<bool>,
}

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

impl SignRequestSignerInputTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Signature => "signature",
            Self::Date => "date",
            Self::Text => "text",
            Self::Checkbox => "checkbox",
            Self::Radio => "radio",
            Self::Dropdown => "dropdown",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "signature" => Self::Signature,
            "date" => Self::Date,
            "text" => Self::Text,
            "checkbox" => Self::Checkbox,
            "radio" => Self::Radio,
            "dropdown" => Self::Dropdown,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl SignRequestSignerInputContentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Signature => "signature",
            Self::Initial => "initial",
            Self::Stamp => "stamp",
            Self::Date => "date",
            Self::Checkbox => "checkbox",
            Self::Text => "text",
            Self::FullName => "full_name",
            Self::FirstName => "first_name",
            Self::LastName => "last_name",
            Self::Company => "company",
            Self::Title => "title",
            Self::Email => "email",
            Self::Attachment => "attachment",
            Self::Radio => "radio",
            Self::Dropdown => "dropdown",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SignRequestSignerInputContentTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "signature" => Self::Signature,
            "initial" => Self::Initial,
            "stamp" => Self::Stamp,
            "date" => Self::Date,
            "checkbox" => Self::Checkbox,
            "text" => Self::Text,
            "full_name" => Self::FullName,
            "first_name" => Self::FirstName,
            "last_name" => Self::LastName,
            "company" => Self::Company,
            "title" => Self::Title,
            "email" => Self::Email,
            "attachment" => Self::Attachment,
            "radio" => Self::Radio,
            "dropdown" => Self::Dropdown,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SignRequestSignerInputContentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SignRequestSignerInputContentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignRequestSignerInputContentTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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
