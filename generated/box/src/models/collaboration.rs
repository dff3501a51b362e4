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
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Collaboration {
    /// The unique identifier for this collaboration.
    pub id: String,
    /// The value will always be `collaboration`.
    pub r#type: super::CollaborationTypeField,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/item`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub item: Option<super::CollaborationItem>,
    /// The `app_item` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/app_item`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub app_item: Option<super::AppItem>,
    /// The `accessible_by` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/accessible_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub accessible_by: Option<super::CollaborationAccessGrantee>,
    /// The email address used to invite an unregistered collaborator, if
    /// they are not a registered user.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub invite_email: Option<String>,
    /// The level of access granted.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub role: Option<super::CollaborationRoleField>,
    /// When the collaboration will expire, or `null` if no expiration
    /// date is set.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// If set to `true`, collaborators have access to
    /// shared items, but such items won't be visible in the
    /// All Files list. Additionally, collaborators won't
    /// see the path to the root folder for the
    /// shared item.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub is_access_only: Option<bool>,
    /// The status of the collaboration invitation. If the status
    /// is `pending`, `name` returns an empty string.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub status: Option<super::CollaborationStatusField>,
    /// When the `status` of the collaboration object changed to
    /// `accepted` or `rejected`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub acknowledged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/created_by`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_by: Option<super::UserCollaborations>,
    /// When the collaboration object was created.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the collaboration object was last modified.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `acceptance_requirements_status` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub acceptance_requirements_status: Option<super::CollaborationAcceptanceRequirementsStatusField>,
}

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
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusField {
    /// The `terms_of_service_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub terms_of_service_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField>,
    /// The `strong_password_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/strong_password_requirement`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub strong_password_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField>,
    /// The `two_factor_authentication_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/two_factor_authentication_requirement`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub two_factor_authentication_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField>,
}

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
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField {
    /// Whether or not the terms of service have been accepted.  The
    /// field is `null` when there is no terms of service required.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub is_accepted: Option<bool>,
    /// The `terms_of_service` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement/properties/terms_of_service`).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub terms_of_service: Option<super::TermsOfServiceBase>,
}

deserialize_struct!(
    runtime,
    CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField {
        is_accepted: optional::<Option<bool>>("is_accepted"),
        terms_of_service: optional::<Option<super::TermsOfServiceBase>>("terms_of_service")
    }
);

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/strong_password_requirement`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField {
    /// Whether or not the enterprise that owns the content requires
    /// a strong password to collaborate on the content, or enforces
    /// an exposed password detection for the external collaborators.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub enterprise_has_strong_password_required_for_external_users: Option<bool>,
    /// Whether or not the user has a strong and not exposed password set
    /// for their account. The field is `null` when a strong password is
    /// not required.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub user_has_strong_password: Option<bool>,
}

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
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField {
    /// Whether or not the enterprise that owns the content requires
    /// two-factor authentication to be enabled in order to
    /// collaborate on the content.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub enterprise_has_two_factor_auth_enabled: Option<bool>,
    /// Whether or not the user has two-factor authentication
    /// enabled. The field is `null` when two-factor
    /// authentication is not required.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub user_has_two_factor_authentication_enabled: Option<bool>,
}

deserialize_struct!(
    runtime,
    CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField {
        enterprise_has_two_factor_auth_enabled: optional::<Option<bool>>("enterprise_has_two_factor_auth_enabled"),
        user_has_two_factor_authentication_enabled: optional::<Option<bool>>(
            "user_has_two_factor_authentication_enabled"
        )
    }
);
