// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`User`] and the types nested in it, from `#/components/schemas/User`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// User
///
/// A standard representation of a user, as returned from any
/// user API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct User {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub name: Option<String>,
    /// The primary email address of this user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub login: Option<String>,
    /// When the user object was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the user object was last modified.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub language: Option<String>,
    /// The user's timezone.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub timezone: Option<String>,
    /// The user’s total available space amount in bytes.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub space_amount: Option<i64>,
    /// The amount of space in use by the user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub space_used: Option<i64>,
    /// The maximum individual file size in bytes the user can have.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub max_upload_size: Option<i64>,
    /// The user's account status.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<super::UserStatusField>,
    /// The user’s job title.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub job_title: Option<String>,
    /// The user’s phone number.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub phone: Option<String>,
    /// The user’s address.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub address: Option<String>,
    /// URL of the user’s avatar image.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub avatar_url: Option<String>,
    /// An alternate notification email address to which email
    /// notifications are sent. When it's confirmed, this will be
    /// the email address to which notifications are sent instead of
    /// to the primary email address.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub notification_email: Option<super::UserNotificationEmailField>,
}

deserialize_struct!(
    runtime,
    User {
        id: required::<String>("id"),
        r#type: required::<super::UserBaseTypeField>("type"),
        name: optional::<Option<String>>("name"),
        login: optional::<Option<String>>("login"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        language: optional::<Option<String>>("language"),
        timezone: optional::<Option<String>>("timezone"),
        space_amount: optional::<Option<i64>>("space_amount"),
        space_used: optional::<Option<i64>>("space_used"),
        max_upload_size: optional::<Option<i64>>("max_upload_size"),
        status: optional::<Option<super::UserStatusField>>("status"),
        job_title: optional::<Option<String>>("job_title"),
        phone: optional::<Option<String>>("phone"),
        address: optional::<Option<String>>("address"),
        avatar_url: optional::<Option<String>>("avatar_url"),
        notification_email: optional::<Option<super::UserNotificationEmailField>>("notification_email")
    }
);

/// The user's account status.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserStatusField {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// `cannot_delete_edit`
    CannotDeleteEdit,
    /// `cannot_delete_edit_upload`
    CannotDeleteEditUpload,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    UserStatusField,
    Unknown,
    Active = "active",
    Inactive = "inactive",
    CannotDeleteEdit = "cannot_delete_edit",
    CannotDeleteEditUpload = "cannot_delete_edit_upload"
);

/// An alternate notification email address to which email
/// notifications are sent. When it's confirmed, this will be
/// the email address to which notifications are sent instead of
/// to the primary email address.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserNotificationEmailField {
    /// The email address to send the notifications to.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub email: Option<String>,
    /// Specifies if this email address has been confirmed.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub is_confirmed: Option<bool>,
}

deserialize_struct!(
    runtime,
    UserNotificationEmailField {
        email: optional::<Option<String>>("email"),
        is_confirmed: optional::<Option<bool>>("is_confirmed")
    }
);
