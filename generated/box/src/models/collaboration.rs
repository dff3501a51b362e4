// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Collaboration`] and the types nested in it, from `#/components/schemas/Collaboration`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Collaboration
///
/// Collaborations define access permissions for users and groups to files and
/// folders, similar to access control lists. A collaboration object grants a
/// user or group access to a file or folder with permissions defined by a
/// specific role.
#[derive(Clone, Debug, PartialEq)]
pub struct Collaboration {
    /// The unique identifier for this collaboration.
    pub id: String,
    /// The value will always be `collaboration`.
    pub r#type: super::CollaborationTypeField,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/item`).
    pub item: Option<super::CollaborationItem>,
    /// The `app_item` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/app_item`).
    pub app_item: Option<super::AppItem>,
    /// The `accessible_by` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/accessible_by`).
    pub accessible_by: Option<super::CollaborationAccessGrantee>,
    /// The email address used to invite an unregistered collaborator, if
    /// they are not a registered user.
    pub invite_email: Option<String>,
    /// The level of access granted.
    pub role: Option<super::CollaborationRoleField>,
    /// When the collaboration will expire, or `null` if no expiration
    /// date is set.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// If set to `true`, collaborators have access to
    /// shared items, but such items won't be visible in the
    /// All Files list. Additionally, collaborators won't
    /// see the path to the root folder for the
    /// shared item.
    pub is_access_only: Option<bool>,
    /// The status of the collaboration invitation. If the status
    /// is `pending`, `name` returns an empty string.
    pub status: Option<super::CollaborationStatusField>,
    /// When the `status` of the collaboration object changed to
    /// `accepted` or `rejected`.
    pub acknowledged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/created_by`).
    pub created_by: Option<super::UserCollaborations>,
    /// When the collaboration object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the collaboration object was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `acceptance_requirements_status` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status`).
    pub acceptance_requirements_status: Option<super::CollaborationAcceptanceRequirementsStatusField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Collaboration {
        id: required("id"),
        r#type: required("type"),
        item: optional("item"),
        app_item: optional("app_item"),
        accessible_by: optional("accessible_by"),
        invite_email: optional("invite_email"),
        role: optional("role"),
        expires_at: optional("expires_at"),
        is_access_only: optional("is_access_only"),
        status: optional("status"),
        acknowledged_at: optional("acknowledged_at"),
        created_by: optional("created_by"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at"),
        acceptance_requirements_status: optional("acceptance_requirements_status")
    }
);

deserialize_struct!(
    runtime,
    Collaboration {
        id: required::<String>("id"),
        r#type: required::<super::CollaborationTypeField>("type"),
        item: optional::<Option<super::CollaborationItem>>("item"),
        app_item: optional::<Option<super::AppItem>>("app_item"),
        accessible_by: optional::<Option<super::CollaborationAccessGrantee>>("accessible_by"),
        invite_email: optional::<Option<String>>("invite_email"),
        role: optional::<Option<super::CollaborationRoleField>>("role"),
        expires_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("expires_at"),
        is_access_only: optional::<Option<bool>>("is_access_only"),
        status: optional::<Option<super::CollaborationStatusField>>("status"),
        acknowledged_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("acknowledged_at"),
        created_by: optional::<Option<super::UserCollaborations>>("created_by"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at"),
        acceptance_requirements_status: optional::<Option<super::CollaborationAcceptanceRequirementsStatusField>>(
            "acceptance_requirements_status"
        )
    }
);

/// The value will always be `collaboration`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationTypeField {
    /// `collaboration`
    Collaboration,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollaborationTypeField, Unknown, Collaboration = "collaboration");

/// The level of access granted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationRoleField {
    /// `editor`
    Editor,
    /// `viewer`
    Viewer,
    /// `previewer`
    Previewer,
    /// `uploader`
    Uploader,
    /// `previewer uploader`
    PreviewerUploader,
    /// `viewer uploader`
    ViewerUploader,
    /// `co-owner`
    CoOwner,
    /// `owner`
    Owner,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CollaborationRoleField,
    Unknown,
    Editor = "editor",
    Viewer = "viewer",
    Previewer = "previewer",
    Uploader = "uploader",
    PreviewerUploader = "previewer uploader",
    ViewerUploader = "viewer uploader",
    CoOwner = "co-owner",
    Owner = "owner"
);

/// The status of the collaboration invitation. If the status
/// is `pending`, `name` returns an empty string.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationStatusField {
    /// `accepted`
    Accepted,
    /// `pending`
    Pending,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CollaborationStatusField,
    Unknown,
    Accepted = "accepted",
    Pending = "pending",
    Rejected = "rejected"
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAcceptanceRequirementsStatusField {
    /// The `terms_of_service_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement`).
    pub terms_of_service_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField>,
    /// The `strong_password_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/strong_password_requirement`).
    pub strong_password_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField>,
    /// The `two_factor_authentication_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/two_factor_authentication_requirement`).
    pub two_factor_authentication_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAcceptanceRequirementsStatusField {
        terms_of_service_requirement: optional("terms_of_service_requirement"),
        strong_password_requirement: optional("strong_password_requirement"),
        two_factor_authentication_requirement: optional("two_factor_authentication_requirement")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAcceptanceRequirementsStatusField {
        terms_of_service_requirement: optional::<
            Option<super::CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField>,
        >("terms_of_service_requirement"),
        strong_password_requirement: optional::<
            Option<super::CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField>,
        >("strong_password_requirement"),
        two_factor_authentication_requirement: optional::<
            Option<super::CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField>,
        >("two_factor_authentication_requirement")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField {
    /// Whether or not the terms of service have been accepted.  The
    /// field is `null` when there is no terms of service required.
    pub is_accepted: Option<bool>,
    /// The `terms_of_service` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement/properties/terms_of_service`).
    pub terms_of_service: Option<super::TermsOfServiceBase>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField {
        is_accepted: optional("is_accepted"),
        terms_of_service: optional("terms_of_service")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField {
        is_accepted: optional::<Option<bool>>("is_accepted"),
        terms_of_service: optional::<Option<super::TermsOfServiceBase>>("terms_of_service")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/strong_password_requirement`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField {
    /// Whether or not the enterprise that owns the content requires
    /// a strong password to collaborate on the content, or enforces
    /// an exposed password detection for the external collaborators.
    pub enterprise_has_strong_password_required_for_external_users: Option<bool>,
    /// Whether or not the user has a strong and not exposed password set
    /// for their account. The field is `null` when a strong password is
    /// not required.
    pub user_has_strong_password: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField {
        enterprise_has_strong_password_required_for_external_users: optional(
            "enterprise_has_strong_password_required_for_external_users"
        ),
        user_has_strong_password: optional("user_has_strong_password")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField {
        enterprise_has_strong_password_required_for_external_users: optional::<Option<bool>>(
            "enterprise_has_strong_password_required_for_external_users"
        ),
        user_has_strong_password: optional::<Option<bool>>("user_has_strong_password")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/two_factor_authentication_requirement`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField {
    /// Whether or not the enterprise that owns the content requires
    /// two-factor authentication to be enabled in order to
    /// collaborate on the content.
    pub enterprise_has_two_factor_auth_enabled: Option<bool>,
    /// Whether or not the user has two-factor authentication
    /// enabled. The field is `null` when two-factor
    /// authentication is not required.
    pub user_has_two_factor_authentication_enabled: Option<bool>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField {
        enterprise_has_two_factor_auth_enabled: optional("enterprise_has_two_factor_auth_enabled"),
        user_has_two_factor_authentication_enabled: optional("user_has_two_factor_authentication_enabled")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField {
        enterprise_has_two_factor_auth_enabled: optional::<Option<bool>>("enterprise_has_two_factor_auth_enabled"),
        user_has_two_factor_authentication_enabled: optional::<Option<bool>>(
            "user_has_two_factor_authentication_enabled"
        )
    }
);
