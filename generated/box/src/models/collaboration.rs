// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Collaboration`] and the types nested in it, from `#/components/schemas/Collaboration`.

use crate::runtime::{self, string_enum};

/// Collaboration
///
/// Collaborations define access permissions for users and groups to files and
/// folders, similar to access control lists. A collaboration object grants a
/// user or group access to a file or folder with permissions defined by a
/// specific role.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Collaboration {
    /// The unique identifier for this collaboration.
    pub id: String,
    /// The value will always be `collaboration`.
    pub r#type: super::CollaborationTypeField,
    /// The `item` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<super::CollaborationItem>,
    /// The `app_item` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/app_item`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_item: Option<super::AppItem>,
    /// The `accessible_by` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/accessible_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessible_by: Option<super::CollaborationAccessGrantee>,
    /// The email address used to invite an unregistered collaborator, if
    /// they are not a registered user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_email: Option<String>,
    /// The level of access granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<super::CollaborationRoleField>,
    /// When the collaboration will expire, or `null` if no expiration
    /// date is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// If set to `true`, collaborators have access to
    /// shared items, but such items won't be visible in the
    /// All Files list. Additionally, collaborators won't
    /// see the path to the root folder for the
    /// shared item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_access_only: Option<bool>,
    /// The status of the collaboration invitation. If the status
    /// is `pending`, `name` returns an empty string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<super::CollaborationStatusField>,
    /// When the `status` of the collaboration object changed to
    /// `accepted` or `rejected`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acknowledged_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `created_by` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/created_by`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<super::UserCollaborations>,
    /// When the collaboration object was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the collaboration object was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `acceptance_requirements_status` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acceptance_requirements_status: Option<super::CollaborationAcceptanceRequirementsStatusField>,
}

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
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusField {
    /// The `terms_of_service_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_service_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField>,
    /// The `strong_password_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/strong_password_requirement`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strong_password_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField>,
    /// The `two_factor_authentication_requirement` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/two_factor_authentication_requirement`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub two_factor_authentication_requirement:
        Option<super::CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusTermsOfServiceRequirementField {
    /// Whether or not the terms of service have been accepted.  The
    /// field is `null` when there is no terms of service required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_accepted: Option<bool>,
    /// The `terms_of_service` property, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/terms_of_service_requirement/properties/terms_of_service`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_of_service: Option<super::TermsOfServiceBase>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/strong_password_requirement`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusStrongPasswordRequirementField {
    /// Whether or not the enterprise that owns the content requires
    /// a strong password to collaborate on the content, or enforces
    /// an exposed password detection for the external collaborators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_has_strong_password_required_for_external_users: Option<bool>,
    /// Whether or not the user has a strong and not exposed password set
    /// for their account. The field is `null` when a strong password is
    /// not required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_has_strong_password: Option<bool>,
}

/// An inline schema, which the spec does not describe (`#/components/schemas/Collaboration/properties/acceptance_requirements_status/properties/two_factor_authentication_requirement`).
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAcceptanceRequirementsStatusTwoFactorAuthenticationRequirementField {
    /// Whether or not the enterprise that owns the content requires
    /// two-factor authentication to be enabled in order to
    /// collaborate on the content.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_has_two_factor_auth_enabled: Option<bool>,
    /// Whether or not the user has two-factor authentication
    /// enabled. The field is `null` when two-factor
    /// authentication is not required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_has_two_factor_authentication_enabled: Option<bool>,
}
