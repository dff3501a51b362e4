// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SignRequestCreateSignerRoleField`] and the types nested in it, from `#/components/schemas/SignRequestCreateSigner/properties/role`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Defines the role of the signer in the signature request. A `signer`
/// must sign the document and an `approver` must approve the document. A
/// `final_copy_reader` only receives the final signed document and signing
/// log.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SignRequestCreateSignerRoleField {
    /// `signer`
    Signer,
    /// `approver`
    Approver,
    /// `final_copy_reader`
    FinalCopyReader,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SignRequestCreateSignerRoleField,
    Unknown,
    Signer = "signer",
    Approver = "approver",
    FinalCopyReader = "final_copy_reader"
);

/// Signer fields used to create a Box Sign request object.
///
/// The schema for a Signer object used in
/// for creating a Box Sign request object.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SignRequestCreateSigner {
    /// Email address of the signer.
    /// The email address of the signer is required when making signature requests, except when using templates that are configured to include emails.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub email: Option<Option<String>>,
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
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub embed_url_external_user_id: Option<Option<String>>,
    /// The URL that a signer will be redirected
    /// to after signing a document. Defining this URL
    /// overrides default or global redirect URL
    /// settings for a specific signer.
    /// If no declined redirect URL is specified,
    /// this URL will be used for decline actions as well.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub redirect_url: Option<Option<String>>,
    /// The URL that a signer will be redirect
    /// to after declining to sign a document.
    /// Defining this URL overrides default or global
    /// declined redirect URL settings for a specific signer.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub declined_redirect_url: Option<Option<String>>,
    /// If set to true, the signer will need to log in to a Box account
    /// before signing the request. If the signer does not have
    /// an existing account, they will have the option to create
    /// a free Box account.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub login_required: Option<Option<bool>>,
    /// If set, this phone number will be used to verify the signer
    /// via two-factor authentication before they are able to sign the document.
    /// Cannot be selected in combination with `login_required`.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub verification_phone_number: Option<Option<String>>,
    /// If set, the signer is required to enter the password before they are able
    /// to sign a document. This field is write only.
    ///
    /// Write-only: sent, never returned.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub password: Option<Option<String>>,
    /// If set, signers who have the same value will be assigned to the same input and to the same signer group.
    /// A signer group is not a Box Group. It is an entity that belongs to a Sign Request and can only be
    /// used/accessed within this Sign Request. A signer group is expected to have more than one signer.
    /// If the provided value is only used for one signer, this value will be ignored and request will be handled
    /// as it was intended for an individual signer. The value provided can be any string and only used to
    /// determine which signers belongs to same group. A successful response will provide a generated UUID value
    /// instead for signers in the same signer group.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub signer_group_id: Option<Option<String>>,
    /// If true, no emails about the sign request will be sent.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub suppress_notifications: Option<Option<bool>>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub language: Option<Option<String>>,
}

serialize_struct!(
    runtime,
    SignRequestCreateSigner {
        email: nullable("email"),
        role: optional("role"),
        is_in_person: optional("is_in_person"),
        order: optional("order"),
        embed_url_external_user_id: nullable("embed_url_external_user_id"),
        redirect_url: nullable("redirect_url"),
        declined_redirect_url: nullable("declined_redirect_url"),
        login_required: nullable("login_required"),
        verification_phone_number: nullable("verification_phone_number"),
        password: nullable("password"),
        signer_group_id: nullable("signer_group_id"),
        suppress_notifications: nullable("suppress_notifications"),
        language: nullable("language")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    SignRequestCreateSigner {
        email: nullable::<Option<String>>("email"),
        role: optional::<Option<super::SignRequestCreateSignerRoleField>>("role"),
        is_in_person: optional::<Option<bool>>("is_in_person"),
        order: optional::<Option<i64>>("order"),
        embed_url_external_user_id: nullable::<Option<String>>("embed_url_external_user_id"),
        redirect_url: nullable::<Option<String>>("redirect_url"),
        declined_redirect_url: nullable::<Option<String>>("declined_redirect_url"),
        login_required: nullable::<Option<bool>>("login_required"),
        verification_phone_number: nullable::<Option<String>>("verification_phone_number"),
        password: nullable::<Option<String>>("password"),
        signer_group_id: nullable::<Option<String>>("signer_group_id"),
        suppress_notifications: nullable::<Option<bool>>("suppress_notifications"),
        language: nullable::<Option<String>>("language")
    }
);
