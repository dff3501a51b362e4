// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`User`] and the types nested in it, from `#/components/schemas/User`.

use crate::runtime::{self, string_enum};

/// User
///
/// A standard representation of a user, as returned from any
/// user API endpoints by default.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct User {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The primary email address of this user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    /// When the user object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the user object was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The user's timezone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The user’s total available space amount in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_amount: Option<i64>,
    /// The amount of space in use by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space_used: Option<i64>,
    /// The maximum individual file size in bytes the user can have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_upload_size: Option<i64>,
    /// The user's account status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::UserStatusField>,
    /// The user’s job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// The user’s phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The user’s address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// URL of the user’s avatar image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// An alternate notification email address to which email
    /// notifications are sent. When it's confirmed, this will be
    /// the email address to which notifications are sent instead of
    /// to the primary email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notification_email: Option<super::UserNotificationEmailField>,
}

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
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct UserNotificationEmailField {
    /// The email address to send the notifications to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Specifies if this email address has been confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_confirmed: Option<bool>,
}
