// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAllowlistExemptTarget`] and the types nested in it, from `#/components/schemas/CollaborationAllowlistExemptTarget`.

use crate::runtime::{self, string_enum};

/// Allowed collaboration domains user exemption
///
/// The user that is exempt from any of the restrictions
/// imposed by the list of allowed collaboration domains for this enterprise.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAllowlistExemptTarget {
    /// The unique identifier for this exemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `collaboration_whitelist_exempt_target`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CollaborationAllowlistExemptTargetTypeField>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/CollaborationAllowlistExemptTarget/properties/enterprise`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<super::CollaborationAllowlistExemptTargetEnterpriseField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/CollaborationAllowlistExemptTarget/properties/user`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<super::UserMini>,
    /// The time the entry was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the entry was modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The value will always be `collaboration_whitelist_exempt_target`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistExemptTargetTypeField {
    /// `collaboration_whitelist_exempt_target`
    CollaborationWhitelistExemptTarget,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CollaborationAllowlistExemptTargetTypeField,
    Unknown,
    CollaborationWhitelistExemptTarget = "collaboration_whitelist_exempt_target"
);

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAllowlistExemptTargetEnterpriseField {
    /// The unique identifier for this enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CollaborationAllowlistExemptTargetEnterpriseTypeField>,
    /// The name of the enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistExemptTargetEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollaborationAllowlistExemptTargetEnterpriseTypeField, Unknown, Enterprise = "enterprise");
