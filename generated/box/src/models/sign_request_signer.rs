// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestSigner`] and the types nested in it, from `#/components/schemas/SignRequestSigner`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Signer fields for Box Sign request response
///
/// The schema for a Signer object used
/// on the body of a Box Sign request object.
#[derive(Clone, Debug, PartialEq)]
pub struct SignRequestSigner {
    /// Email address of the signer.
    /// The email address of the signer is required when making signature requests, except when using templates that are configured to include emails.
    pub email: Option<String>,
    /// Defines the role of the signer in the signature request. A `signer`
    /// must sign the document and an `approver` must approve the document. A
    /// `final_copy_reader` only receives the final signed document and signing
    /// log.
    pub role: Option<super::SignRequestCreateSignerRoleField>,
    /// Used in combination with an embed URL for a sender. After the
    /// sender signs, they are redirected to the next `in_person` signer.
    pub is_in_person: Option<bool>,
    /// Order of the signer.
    pub order: Option<i64>,
    /// User ID for the signer in an external application responsible
    /// for authentication when accessing the embed URL.
    pub embed_url_external_user_id: Option<String>,
    /// The URL that a signer will be redirected
    /// to after signing a document. Defining this URL
    /// overrides default or global redirect URL
    /// settings for a specific signer.
    /// If no declined redirect URL is specified,
    /// this URL will be used for decline actions as well.
    pub redirect_url: Option<String>,
    /// The URL that a signer will be redirect
    /// to after declining to sign a document.
    /// Defining this URL overrides default or global
    /// declined redirect URL settings for a specific signer.
    pub declined_redirect_url: Option<String>,
    /// If set to true, the signer will need to log in to a Box account
    /// before signing the request. If the signer does not have
    /// an existing account, they will have the option to create
    /// a free Box account.
    pub login_required: Option<bool>,
    /// If set, this phone number will be used to verify the signer
    /// via two-factor authentication before they are able to sign the document.
    /// Cannot be selected in combination with `login_required`.
    pub verification_phone_number: Option<String>,
    /// If set, the signer is required to enter the password before they are able
    /// to sign a document. This field is write only.
    ///
    /// Write-only: sent, never returned.
    pub password: Option<String>,
    /// If set, signers who have the same value will be assigned to the same input and to the same signer group.
    /// A signer group is not a Box Group. It is an entity that belongs to a Sign Request and can only be
    /// used/accessed within this Sign Request. A signer group is expected to have more than one signer.
    /// If the provided value is only used for one signer, this value will be ignored and request will be handled
    /// as it was intended for an individual signer. The value provided can be any string and only used to
    /// determine which signers belongs to same group. A successful response will provide a generated UUID value
    /// instead for signers in the same signer group.
    pub signer_group_id: Option<String>,
    /// If true, no emails about the sign request will be sent.
    pub suppress_notifications: Option<bool>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    pub language: Option<String>,
    /// Set to `true` if the signer views the document.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub has_viewed_document: Option<bool>,
    /// Final decision made by the signer.
    pub signer_decision: Option<super::SignRequestSignerSignerDecisionField>,
    /// The `inputs` property, which the spec does not describe (`#/components/schemas/SignRequestSigner/allOf/1/properties/inputs`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub inputs: Option<Vec<super::SignRequestSignerInput>>,
    /// URL to direct a signer to for signing.
    ///
    /// Read-only: set by the server, ignored when sent.
    pub embed_url: Option<String>,
    /// This URL is specifically designed for
    /// signing documents within an HTML `iframe` tag.
    /// It will be returned in the response
    /// only if the `embed_url_external_user_id`
    /// parameter was passed in the
    /// `create Box Sign request` call.
    pub iframeable_embed_url: Option<String>,
    /// Attachments that the signer uploaded.
    pub attachments: Option<Vec<super::SignRequestSignerAttachment>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSigner {
        email: required("email"),
        role: optional("role"),
        is_in_person: optional("is_in_person"),
        order: optional("order"),
        embed_url_external_user_id: optional("embed_url_external_user_id"),
        redirect_url: optional("redirect_url"),
        declined_redirect_url: optional("declined_redirect_url"),
        login_required: optional("login_required"),
        verification_phone_number: optional("verification_phone_number"),
        password: optional("password"),
        signer_group_id: optional("signer_group_id"),
        suppress_notifications: optional("suppress_notifications"),
        language: optional("language"),
        has_viewed_document: optional("has_viewed_document"),
        signer_decision: optional("signer_decision"),
        inputs: optional("inputs"),
        embed_url: optional("embed_url"),
        iframeable_embed_url: optional("iframeable_embed_url"),
        attachments: optional("attachments")
    }
);

deserialize_struct!(
    runtime,
    SignRequestSigner {
        email: optional::<Option<String>>("email"),
        role: optional::<Option<super::SignRequestCreateSignerRoleField>>("role"),
        is_in_person: optional::<Option<bool>>("is_in_person"),
        order: optional::<Option<i64>>("order"),
        embed_url_external_user_id: optional::<Option<String>>("embed_url_external_user_id"),
        redirect_url: optional::<Option<String>>("redirect_url"),
        declined_redirect_url: optional::<Option<String>>("declined_redirect_url"),
        login_required: optional::<Option<bool>>("login_required"),
        verification_phone_number: optional::<Option<String>>("verification_phone_number"),
        password: optional::<Option<String>>("password"),
        signer_group_id: optional::<Option<String>>("signer_group_id"),
        suppress_notifications: optional::<Option<bool>>("suppress_notifications"),
        language: optional::<Option<String>>("language"),
        has_viewed_document: optional::<Option<bool>>("has_viewed_document"),
        signer_decision: optional::<Option<super::SignRequestSignerSignerDecisionField>>("signer_decision"),
        inputs: optional::<Option<Vec<super::SignRequestSignerInput>>>("inputs"),
        embed_url: optional::<Option<String>>("embed_url"),
        iframeable_embed_url: optional::<Option<String>>("iframeable_embed_url"),
        attachments: optional::<Option<Vec<super::SignRequestSignerAttachment>>>("attachments")
    }
);

/// Final decision made by the signer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestSignerSignerDecisionField {
    /// Type of decision made by the signer.
    pub r#type: Option<super::SignRequestSignerSignerDecisionTypeField>,
    /// Date and Time that the decision was made.
    pub finalized_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Additional info about the decision, such as the decline reason from the signer.
    pub additional_info: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SignRequestSignerSignerDecisionField {
        r#type: optional("type"),
        finalized_at: optional("finalized_at"),
        additional_info: optional("additional_info")
    }
);

deserialize_struct!(
    runtime,
    SignRequestSignerSignerDecisionField {
        r#type: optional::<Option<super::SignRequestSignerSignerDecisionTypeField>>("type"),
        finalized_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("finalized_at"),
        additional_info: optional::<Option<String>>("additional_info")
    }
);

/// Type of decision made by the signer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestSignerSignerDecisionTypeField {
    /// `signed`
    Signed,
    /// `declined`
    Declined,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SignRequestSignerSignerDecisionTypeField, Unknown, Signed = "signed", Declined = "declined");
