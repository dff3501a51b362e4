// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAllowlistEntry`] and the types nested in it, from `#/components/schemas/CollaborationAllowlistEntry`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Allowed collaboration domain
///
/// An entry that describes an approved domain for which users can collaborate
/// with files and folders in your enterprise or vice versa.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAllowlistEntry {
    /// The unique identifier for this entry.
    pub id: Option<String>,
    /// The value will always be `collaboration_whitelist_entry`.
    pub r#type: Option<super::CollaborationAllowlistEntryTypeField>,
    /// The whitelisted domain.
    pub domain: Option<String>,
    /// The direction of the collaborations to allow.
    pub direction: Option<super::CollaborationAllowlistEntryDirectionField>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/CollaborationAllowlistEntry/properties/enterprise`).
    pub enterprise: Option<super::CollaborationAllowlistEntryEnterpriseField>,
    /// The time the entry was created at.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAllowlistEntry {
        id: optional("id"),
        r#type: optional("type"),
        domain: optional("domain"),
        direction: optional("direction"),
        enterprise: optional("enterprise"),
        created_at: optional("created_at")
    }
);

deserialize_struct!(
    runtime,
    CollaborationAllowlistEntry {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CollaborationAllowlistEntryTypeField>>("type"),
        domain: optional::<Option<String>>("domain"),
        direction: optional::<Option<super::CollaborationAllowlistEntryDirectionField>>("direction"),
        enterprise: optional::<Option<super::CollaborationAllowlistEntryEnterpriseField>>("enterprise"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at")
    }
);

/// The value will always be `collaboration_whitelist_entry`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistEntryTypeField {
    /// `collaboration_whitelist_entry`
    CollaborationWhitelistEntry,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CollaborationAllowlistEntryTypeField,
    Unknown,
    CollaborationWhitelistEntry = "collaboration_whitelist_entry"
);

/// The direction of the collaborations to allow.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistEntryDirectionField {
    /// `inbound`
    Inbound,
    /// `outbound`
    Outbound,
    /// `both`
    Both,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    CollaborationAllowlistEntryDirectionField,
    Unknown,
    Inbound = "inbound",
    Outbound = "outbound",
    Both = "both"
);

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CollaborationAllowlistEntryEnterpriseField {
    /// The unique identifier for this enterprise.
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    pub r#type: Option<super::CollaborationAllowlistEntryEnterpriseTypeField>,
    /// The name of the enterprise.
    pub name: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    CollaborationAllowlistEntryEnterpriseField { id: optional("id"), r#type: optional("type"), name: optional("name") }
);

deserialize_struct!(
    runtime,
    CollaborationAllowlistEntryEnterpriseField {
        id: optional::<Option<String>>("id"),
        r#type: optional::<Option<super::CollaborationAllowlistEntryEnterpriseTypeField>>("type"),
        name: optional::<Option<String>>("name")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistEntryEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, CollaborationAllowlistEntryEnterpriseTypeField, Unknown, Enterprise = "enterprise");
