// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAllowlistExemptTarget`] and the types nested in it, from `#/components/schemas/CollaborationAllowlistExemptTarget`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Allowed collaboration domains user exemption
///
/// The user that is exempt from any of the restrictions
/// imposed by the list of allowed collaboration domains for this enterprise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAllowlistExemptTarget {
    /// The unique identifier for this exemption.
    pub id: Option<String>,
    /// The value will always be `collaboration_whitelist_exempt_target`.
    pub r#type: Option<super::CollaborationAllowlistExemptTargetTypeField>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/CollaborationAllowlistExemptTarget/properties/enterprise`).
    pub enterprise: Option<super::CollaborationAllowlistExemptTargetEnterpriseField>,
    /// The `user` property, which the spec does not describe (`#/components/schemas/CollaborationAllowlistExemptTarget/properties/user`).
    pub user: Option<super::UserMini>,
    /// The time the entry was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The time the entry was modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAllowlistExemptTarget {
        id: optional("id"),
        r#type: optional("type"),
        enterprise: optional("enterprise"),
        user: optional("user"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAllowlistExemptTarget {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CollaborationAllowlistExemptTargetTypeField>>("type"),
        enterprise: optional::<Option<super::CollaborationAllowlistExemptTargetEnterpriseField>>("enterprise"),
        user: optional::<Option<super::UserMini>>("user"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

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
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAllowlistExemptTargetEnterpriseField {
    /// The unique identifier for this enterprise.
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    pub r#type: Option<super::CollaborationAllowlistExemptTargetEnterpriseTypeField>,
    /// The name of the enterprise.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAllowlistExemptTargetEnterpriseField {
        id: optional("id"),
        r#type: optional("type"),
        name: optional("name")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAllowlistExemptTargetEnterpriseField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CollaborationAllowlistExemptTargetEnterpriseTypeField>>("type"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistExemptTargetEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollaborationAllowlistExemptTargetEnterpriseTypeField, Unknown, Enterprise = "enterprise");
