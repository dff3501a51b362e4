// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`UserFull`] and the types nested in it, from `#/components/schemas/User--Full`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// User (Full)
///
/// A full representation of a user, as can be returned from any
/// user API endpoint.
#[derive(Clone, Debug, PartialEq)]
pub struct UserFull {
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
    /// The user’s enterprise role.
    pub role: Option<super::UserFullRoleField>,
    /// Tracking codes allow an admin to generate reports from the
    /// admin console and assign an attribute to a specific group
    /// of users. This setting must be enabled for an enterprise
    /// before it can be used.
    pub tracking_codes: Option<Vec<super::TrackingCode>>,
    /// Whether the user can see other enterprise users in their contact list.
    pub can_see_managed_users: Option<bool>,
    /// Whether the user can use Box Sync.
    pub is_sync_enabled: Option<bool>,
    /// Whether the user is allowed to collaborate with users outside their
    /// enterprise.
    pub is_external_collab_restricted: Option<bool>,
    /// Whether to exempt the user from Enterprise device limits.
    pub is_exempt_from_device_limits: Option<bool>,
    /// Whether the user must use two-factor authentication.
    pub is_exempt_from_login_verification: Option<bool>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/User--Full/allOf/1/properties/enterprise`).
    pub enterprise: Option<super::UserFullEnterpriseField>,
    /// Tags for all files and folders owned by the user. Values returned
    /// will only contain tags that were set by the requester.
    pub my_tags: Option<Vec<String>>,
    /// The root (protocol, subdomain, domain) of any links that need to be
    /// generated for the user.
    pub hostname: Option<String>,
    /// Whether the user is an App User.
    pub is_platform_access_only: Option<bool>,
    /// An external identifier for an app user, which can be used to look up
    /// the user. This can be used to tie user IDs from external identity
    /// providers to Box users.
    pub external_app_user_id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserFull {
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
        notification_email: optional("notification_email"),
        role: optional("role"),
        tracking_codes: optional("tracking_codes"),
        can_see_managed_users: optional("can_see_managed_users"),
        is_sync_enabled: optional("is_sync_enabled"),
        is_external_collab_restricted: optional("is_external_collab_restricted"),
        is_exempt_from_device_limits: optional("is_exempt_from_device_limits"),
        is_exempt_from_login_verification: optional("is_exempt_from_login_verification"),
        enterprise: optional("enterprise"),
        my_tags: optional("my_tags"),
        hostname: optional("hostname"),
        is_platform_access_only: optional("is_platform_access_only"),
        external_app_user_id: optional("external_app_user_id")
    }
);

deserialize_struct!(
    runtime,
    UserFull {
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
        notification_email: optional::<Option<super::UserNotificationEmailField>>("notification_email"),
        role: optional::<Option<super::UserFullRoleField>>("role"),
        tracking_codes: optional::<Option<Vec<super::TrackingCode>>>("tracking_codes"),
        can_see_managed_users: optional::<Option<bool>>("can_see_managed_users"),
        is_sync_enabled: optional::<Option<bool>>("is_sync_enabled"),
        is_external_collab_restricted: optional::<Option<bool>>("is_external_collab_restricted"),
        is_exempt_from_device_limits: optional::<Option<bool>>("is_exempt_from_device_limits"),
        is_exempt_from_login_verification: optional::<Option<bool>>("is_exempt_from_login_verification"),
        enterprise: optional::<Option<super::UserFullEnterpriseField>>("enterprise"),
        my_tags: optional::<Option<Vec<String>>>("my_tags"),
        hostname: optional::<Option<String>>("hostname"),
        is_platform_access_only: optional::<Option<bool>>("is_platform_access_only"),
        external_app_user_id: optional::<Option<String>>("external_app_user_id")
    }
);

/// The user’s enterprise role.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserFullRoleField {
    /// `admin`
    Admin,
    /// `coadmin`
    Coadmin,
    /// `user`
    User,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UserFullRoleField, Unknown, Admin = "admin", Coadmin = "coadmin", User = "user");

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UserFullEnterpriseField {
    /// The unique identifier for this enterprise.
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    pub r#type: Option<super::UserFullEnterpriseTypeField>,
    /// The name of the enterprise.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UserFullEnterpriseField { id: optional("id"), r#type: optional("type"), name: optional("name") }
);

deserialize_struct!(
    runtime,
    UserFullEnterpriseField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::UserFullEnterpriseTypeField>>("type"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserFullEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UserFullEnterpriseTypeField, Unknown, Enterprise = "enterprise");
