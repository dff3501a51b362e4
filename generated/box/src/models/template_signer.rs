// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TemplateSigner`] and the types nested in it, from `#/components/schemas/TemplateSigner`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Signer fields for Templates
///
/// The schema for a Signer for Templates.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TemplateSigner {
    /// The `inputs` property, which the spec does not describe (`#/components/schemas/TemplateSigner/properties/inputs`).
    ///
    /// Read-only: set by the server, ignored when sent.
    pub inputs: Option<Vec<super::TemplateSignerInput>>,
    /// Email address of the signer.
    pub email: Option<String>,
    /// Defines the role of the signer in the signature request. A role of
    /// `signer` needs to sign the document, a role `approver`
    /// approves the document and
    /// a `final_copy_reader` role only
    /// receives the final signed document and signing log.
    pub role: Option<super::TemplateSignerRoleField>,
    /// Used in combination with an embed URL for a sender.
    /// After the sender signs, they will be
    /// redirected to the next `in_person` signer.
    pub is_in_person: Option<bool>,
    /// Order of the signer.
    pub order: Option<i64>,
    /// If provided, this value points signers that are assigned the same inputs and belongs to same signer group.
    /// A signer group is not a Box Group. It is an entity that belongs to the template itself and can only be used
    /// within Box Sign requests created from it.
    pub signer_group_id: Option<String>,
    /// A placeholder label for the signer set by the template creator to differentiate between signers.
    pub label: Option<String>,
    /// An identifier for the signer. This can be used to identify a signer within the template.
    pub public_id: Option<String>,
    /// If true for signers with a defined email, the password provided when the template was created is used by default.
    /// If true for signers without a specified / defined email, the creator needs to provide a password when using the template.
    pub is_password_required: Option<bool>,
    /// If true for signers with a defined email, the phone number provided when the template was created is used by default.
    /// If true for signers without a specified / defined email, the template creator needs to provide a phone number when creating a request.
    pub is_phone_number_required: Option<bool>,
    /// If true, the signer is required to login to access the document.
    pub login_required: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TemplateSigner {
        inputs: optional("inputs"),
        email: optional("email"),
        role: optional("role"),
        is_in_person: optional("is_in_person"),
        order: optional("order"),
        signer_group_id: optional("signer_group_id"),
        label: optional("label"),
        public_id: optional("public_id"),
        is_password_required: optional("is_password_required"),
        is_phone_number_required: optional("is_phone_number_required"),
        login_required: optional("login_required")
    }
);

deserialize_struct!(
    runtime,
    TemplateSigner {
        inputs: optional::<Option<Vec<super::TemplateSignerInput>>>("inputs"),
        email: optional::<Option<String>>("email"),
        role: optional::<Option<super::TemplateSignerRoleField>>("role"),
        is_in_person: optional::<Option<bool>>("is_in_person"),
        order: optional::<Option<i64>>("order"),
        signer_group_id: optional::<Option<String>>("signer_group_id"),
        label: optional::<Option<String>>("label"),
        public_id: optional::<Option<String>>("public_id"),
        is_password_required: optional::<Option<bool>>("is_password_required"),
        is_phone_number_required: optional::<Option<bool>>("is_phone_number_required"),
        login_required: optional::<Option<bool>>("login_required")
    }
);

/// Defines the role of the signer in the signature request. A role of
/// `signer` needs to sign the document, a role `approver`
/// approves the document and
/// a `final_copy_reader` role only
/// receives the final signed document and signing log.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TemplateSignerRoleField {
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
    TemplateSignerRoleField,
    Unknown,
    Signer = "signer",
    Approver = "approver",
    FinalCopyReader = "final_copy_reader"
);
