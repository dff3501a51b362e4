// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`User`] and the types nested in it, from `#/components/schemas/User`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// User
///
/// A standard representation of a user, as returned from any
/// user API endpoints by default.
#[derive(Clone, Debug, PartialEq)]
pub struct User {
    /// The unique identifier for this user.
    pub id: String,
    /// The value will always be `user`.
    pub r#type: super::UserBaseTypeField,
    /// The display name of this user.
    pub name: Option<String>,
    /// The primary email address of this user.
    pub login: Option<String>,
    /// When the user object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the user object was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The language of the user, formatted in modified version of the
    /// [ISO 639-1](https://developer.box.com/guides/api-calls/language-codes) format.
    pub language: Option<String>,
    /// The user's timezone.
    pub timezone: Option<String>,
    /// The user’s total available space amount in bytes.
    pub space_amount: Option<i64>,
    /// The amount of space in use by the user.
    pub space_used: Option<i64>,
    /// The maximum individual file size in bytes the user can have.
    pub max_upload_size: Option<i64>,
    /// The user's account status.
    pub status: Option<super::UserStatusField>,
    /// The user’s job title.
    pub job_title: Option<String>,
    /// The user’s phone number.
    pub phone: Option<String>,
    /// The user’s address.
    pub address: Option<String>,
    /// URL of the user’s avatar image.
    pub avatar_url: Option<String>,
    /// An alternate notification email address to which email
    /// notifications are sent. When it's confirmed, this will be
    /// the email address to which notifications are sent instead of
    /// to the primary email address.
    pub notification_email: Option<super::UserNotificationEmailField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    User {
        id: required("id"),
        r#type: required("type"),
        name: optional("name"),
        login: optional("login"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        language: optional("language"),
        timezone: optional("timezone"),
        space_amount: optional("space_amount"),
        space_used: optional("space_used"),
        max_upload_size: optional("max_upload_size"),
        status: optional("status"),
        job_title: optional("job_title"),
        phone: optional("phone"),
        address: optional("address"),
        avatar_url: optional("avatar_url"),
        notification_email: optional("notification_email")
    }
);

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
pub struct UserNotificationEmailField {
    /// The email address to send the notifications to.
    pub email: Option<String>,
    /// Specifies if this email address has been confirmed.
    pub is_confirmed: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserNotificationEmailField { email: optional("email"), is_confirmed: optional("is_confirmed") }
);

deserialize_struct!(
    runtime,
    UserNotificationEmailField {
        email: optional::<Option<String>>("email"),
        is_confirmed: optional::<Option<bool>>("is_confirmed")
    }
);
