// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`TermsOfServiceUserStatus`] and the types nested in it, from `#/components/schemas/TermsOfServiceUserStatus`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Terms of service user status
///
/// The association between a Terms of Service and a user.
#[derive(Clone, Debug, PartialEq)]
pub struct TermsOfServiceUserStatus {
    /// The unique identifier for this terms of service user status.
    pub id: String,
    /// The value will always be `terms_of_service_user_status`.
    pub r#type: super::TermsOfServiceUserStatusTypeField,
    /// The `tos` property, which the spec does not describe (`#/components/schemas/TermsOfServiceUserStatus/properties/tos`).
    pub tos: Option<super::TermsOfServiceBase>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/TermsOfServiceUserStatus/properties/user`).
    pub user: Option<super::UserMini>,
    /// If the user has accepted the terms of services.
    pub is_accepted: Option<bool>,
    /// When the legal item was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the legal item was modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    TermsOfServiceUserStatus {
        id: required("id"),
        r#type: required("type"),
        tos: optional("tos"),
        user: optional("user"),
        is_accepted: optional("is_accepted"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    TermsOfServiceUserStatus {
        id: required::<String>("id"),
        r#type: required::<super::TermsOfServiceUserStatusTypeField>("type"),
        tos: optional::<Option<super::TermsOfServiceBase>>("tos"),
        user: optional::<Option<super::UserMini>>("user"),
        is_accepted: optional::<Option<bool>>("is_accepted"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

/// The value will always be `terms_of_service_user_status`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TermsOfServiceUserStatusTypeField {
    /// `terms_of_service_user_status`
    TermsOfServiceUserStatus,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    TermsOfServiceUserStatusTypeField,
    Unknown,
    TermsOfServiceUserStatus = "terms_of_service_user_status"
);
