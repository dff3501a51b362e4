// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignTemplate`] and the types nested in it, from `#/components/schemas/SignTemplate/allOf/0`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// The `SignTemplate` schema, which the spec does not describe (`#/components/schemas/SignTemplate/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignTemplate {
    /// The value will always be `sign-template`.
    pub r#type: Option<super::SignTemplateTypeField>,
    /// Template identifier.
    pub id: Option<String>,
    /// The name of the template.
    pub name: Option<String>,
    /// Subject of signature request email. This is cleaned by sign
    /// request. If this field is not passed, a default subject will be used.
    pub email_subject: Option<String>,
    /// Message to include in signature request email. The field
    /// is cleaned through sanitization of specific characters. However,
    /// some html tags are allowed. Links included in the
    /// message are also converted to hyperlinks in the email. The
    /// message may contain the following html tags including `a`, `abbr`,
    /// `acronym`, `b`, `blockquote`, `code`, `em`, `i`, `ul`, `li`, `ol`, and
    /// `strong`. Be aware that when the text
    /// to html ratio is too high, the email
    /// may end up in spam filters. Custom styles on
    /// these tags are not allowed.
    /// If this field is not passed, a default message will be used.
    pub email_message: Option<String>,
    /// Set the number of days after which the
    /// created signature request will automatically
    /// expire if not completed. By default, we do
    /// not apply any expiration date on signature
    /// requests, and the signature request does not expire.
    pub days_valid: Option<i64>,
    /// The `parent_folder` property, which the spec does not describe (`#/components/schemas/SignTemplate/allOf/0/properties/parent_folder`).
    pub parent_folder: Option<super::FolderMini>,
    /// List of files to create a signing document from.
    /// Only the ID and type fields are required
    /// for each file.
    pub source_files: Option<Vec<Option<super::FileMini>>>,
    /// Indicates if the template input
    /// fields are editable or not.
    pub are_fields_locked: Option<bool>,
    /// Indicates if the template document options
    /// are editable or not,
    /// for example renaming the document.
    pub are_options_locked: Option<bool>,
    /// Indicates if the template signers are editable or not.
    pub are_recipients_locked: Option<bool>,
    /// Indicates if the template email settings are editable or not.
    pub are_email_settings_locked: Option<bool>,
    /// Indicates if the template files are editable or not.
    /// This includes deleting or renaming template files.
    pub are_files_locked: Option<bool>,
    /// Array of signers for the template.
    ///
    /// **Note**: It may happen that some signers specified in the template belong to conflicting [segments](https://developer.box.com/reference/resources/shield-information-barrier-segment-member) (user groups).
    /// This means that due to the security policies, users are assigned to segments to prevent exchanges or communication that could lead to ethical conflicts.
    /// In such a case, an attempt to send a sign request based on a template that lists signers in conflicting segments will result in an error.
    ///
    /// Read more about [segments and ethical walls](https://support.box.com/hc/en-us/articles/9920431507603-Understanding-Information-Barriers#h_01GFVJEHQA06N7XEZ4GCZ9GFAQ).
    pub signers: Option<Vec<super::TemplateSigner>>,
    /// Additional information on which fields are
    /// required and which fields are not editable.
    pub additional_info: Option<super::SignTemplateAdditionalInfoField>,
    /// Box's ready-sign link feature enables you to create a
    /// link to a signature request that
    /// you've created from a template. Use this link
    /// when you want to post a signature request
    /// on a public form — such as an email, social media post,
    /// or web page — without knowing who the signers will be.
    /// Note: The ready-sign link feature is
    /// limited to Enterprise Plus customers and not
    /// available to Box Verified Enterprises.
    pub ready_sign_link: Option<super::SignTemplateReadySignLinkField>,
    /// Custom branding applied to notifications
    /// and signature requests.
    pub custom_branding: Option<super::SignTemplateCustomBrandingField>,
    /// The sign flow of sign requests created from the template. Values can include `standard` or `cfr11`.
    pub request_flow: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignTemplate {
        r#type: optional("type"),
        id: optional("id"),
        name: optional("name"),
        email_subject: optional("email_subject"),
        email_message: optional("email_message"),
        days_valid: optional("days_valid"),
        parent_folder: optional("parent_folder"),
        source_files: optional("source_files"),
        are_fields_locked: optional("are_fields_locked"),
        are_options_locked: optional("are_options_locked"),
        are_recipients_locked: optional("are_recipients_locked"),
        are_email_settings_locked: optional("are_email_settings_locked"),
        are_files_locked: optional("are_files_locked"),
        signers: optional("signers"),
        additional_info: optional("additional_info"),
        ready_sign_link: optional("ready_sign_link"),
        custom_branding: optional("custom_branding"),
        request_flow: optional("request_flow")
    }
);

deserialize_struct!(
    runtime,
    SignTemplate {
        r#type: optional::<Option<super::SignTemplateTypeField>>("type"),
        id: optional::<Option<String>>("id"),
        name: optional::<Option<String>>("name"),
        email_subject: optional::<Option<String>>("email_subject"),
        email_message: optional::<Option<String>>("email_message"),
        days_valid: optional::<Option<i64>>("days_valid"),
        parent_folder: optional::<Option<super::FolderMini>>("parent_folder"),
        source_files: optional::<Option<Vec<Option<super::FileMini>>>>("source_files"),
        are_fields_locked: optional::<Option<bool>>("are_fields_locked"),
        are_options_locked: optional::<Option<bool>>("are_options_locked"),
        are_recipients_locked: optional::<Option<bool>>("are_recipients_locked"),
        are_email_settings_locked: optional::<Option<bool>>("are_email_settings_locked"),
        are_files_locked: optional::<Option<bool>>("are_files_locked"),
        signers: optional::<Option<Vec<super::TemplateSigner>>>("signers"),
        additional_info: optional::<Option<super::SignTemplateAdditionalInfoField>>("additional_info"),
        ready_sign_link: optional::<Option<super::SignTemplateReadySignLinkField>>("ready_sign_link"),
        custom_branding: optional::<Option<super::SignTemplateCustomBrandingField>>("custom_branding"),
        request_flow: optional::<Option<String>>("request_flow")
    }
);

/// The value will always be `sign-template`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignTemplateTypeField {
    /// `sign-template`
    SignTemplate,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignTemplateTypeField, Unknown, SignTemplate = "sign-template");

/// Additional information on which fields are
/// required and which fields are not editable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignTemplateAdditionalInfoField {
    /// Non editable fields.
    pub non_editable: Option<Vec<super::SignTemplateAdditionalInfoNonEditableField>>,
    /// Required fields.
    pub required: Option<super::SignTemplateAdditionalInfoRequiredField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignTemplateAdditionalInfoField { non_editable: optional("non_editable"), required: optional("required") }
);

deserialize_struct!(
    runtime,
    SignTemplateAdditionalInfoField {
        non_editable: optional::<Option<Vec<super::SignTemplateAdditionalInfoNonEditableField>>>("non_editable"),
        required: optional::<Option<super::SignTemplateAdditionalInfoRequiredField>>("required")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/SignTemplate/allOf/0/properties/additional_info/properties/non_editable/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignTemplateAdditionalInfoNonEditableField {
    /// `email_subject`
    EmailSubject,
    /// `email_message`
    EmailMessage,
    /// `name`
    Name,
    /// `days_valid`
    DaysValid,
    /// `signers`
    Signers,
    /// `source_files`
    SourceFiles,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SignTemplateAdditionalInfoNonEditableField,
    Unknown,
    EmailSubject = "email_subject",
    EmailMessage = "email_message",
    Name = "name",
    DaysValid = "days_valid",
    Signers = "signers",
    SourceFiles = "source_files"
);

/// Required fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignTemplateAdditionalInfoRequiredField {
    /// Required signer fields.
    pub signers: Option<Vec<Vec<super::SignTemplateAdditionalInfoRequiredSignersField>>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignTemplateAdditionalInfoRequiredField { signers: optional("signers") }
);

deserialize_struct!(
    runtime,
    SignTemplateAdditionalInfoRequiredField {
        signers: optional::<Option<Vec<Vec<super::SignTemplateAdditionalInfoRequiredSignersField>>>>("signers")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/SignTemplate/allOf/0/properties/additional_info/properties/required/properties/signers/items/items`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignTemplateAdditionalInfoRequiredSignersField {
    /// `email`
    Email,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignTemplateAdditionalInfoRequiredSignersField, Unknown, Email = "email");

/// Box's ready-sign link feature enables you to create a
/// link to a signature request that
/// you've created from a template. Use this link
/// when you want to post a signature request
/// on a public form — such as an email, social media post,
/// or web page — without knowing who the signers will be.
/// Note: The ready-sign link feature is
/// limited to Enterprise Plus customers and not
/// available to Box Verified Enterprises.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignTemplateReadySignLinkField {
    /// The URL that can be sent to signers.
    pub url: Option<String>,
    /// Request name.
    pub name: Option<String>,
    /// Extra instructions for all signers.
    pub instructions: Option<String>,
    /// The destination folder to place final,
    /// signed document and signing
    /// log. Only `ID` and `type` fields are required.
    /// The root folder,
    /// folder ID `0`, cannot be used.
    pub folder_id: Option<String>,
    /// Whether to disable notifications when
    /// a signer has signed.
    pub is_notification_disabled: Option<bool>,
    /// Whether the ready sign link is enabled or not.
    pub is_active: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignTemplateReadySignLinkField {
        url: optional("url"),
        name: optional("name"),
        instructions: optional("instructions"),
        folder_id: optional("folder_id"),
        is_notification_disabled: optional("is_notification_disabled"),
        is_active: optional("is_active")
    }
);

deserialize_struct!(
    runtime,
    SignTemplateReadySignLinkField {
        url: optional::<Option<String>>("url"),
        name: optional::<Option<String>>("name"),
        instructions: optional::<Option<String>>("instructions"),
        folder_id: optional::<Option<String>>("folder_id"),
        is_notification_disabled: optional::<Option<bool>>("is_notification_disabled"),
        is_active: optional::<Option<bool>>("is_active")
    }
);

/// Custom branding applied to notifications
/// and signature requests.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignTemplateCustomBrandingField {
    /// Name of the company.
    pub company_name: Option<String>,
    /// Custom branding logo URI in the form of a base64 image.
    pub logo_uri: Option<String>,
    /// Custom branding color in hex.
    pub branding_color: Option<String>,
    /// Content of the email footer.
    pub email_footer_text: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignTemplateCustomBrandingField {
        company_name: optional("company_name"),
        logo_uri: optional("logo_uri"),
        branding_color: optional("branding_color"),
        email_footer_text: optional("email_footer_text")
    }
);

deserialize_struct!(
    runtime,
    SignTemplateCustomBrandingField {
        company_name: optional::<Option<String>>("company_name"),
        logo_uri: optional::<Option<String>>("logo_uri"),
        branding_color: optional::<Option<String>>("branding_color"),
        email_footer_text: optional::<Option<String>>("email_footer_text")
    }
);
