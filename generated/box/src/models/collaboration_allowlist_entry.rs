// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAllowlistEntry`] and the types nested in it, from `#/components/schemas/CollaborationAllowlistEntry`.

/// Allowed collaboration domain
///
/// An entry that describes an approved domain for which users can collaborate
/// with files and folders in your enterprise or vice versa.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAllowlistEntry {
    /// The unique identifier for this entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `collaboration_whitelist_entry`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CollaborationAllowlistEntryTypeField>,
    /// The whitelisted domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The direction of the collaborations to allow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<super::CollaborationAllowlistEntryDirectionField>,
    /// The `enterprise` property, which the spec does not describe (`#/components/schemas/CollaborationAllowlistEntry/properties/enterprise`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise: Option<super::CollaborationAllowlistEntryEnterpriseField>,
    /// The time the entry was created at.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The value will always be `collaboration_whitelist_entry`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistEntryTypeField {
    /// `collaboration_whitelist_entry`
    CollaborationWhitelistEntry,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollaborationAllowlistEntryTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CollaborationWhitelistEntry => "collaboration_whitelist_entry",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaborationAllowlistEntryTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "collaboration_whitelist_entry" => Self::CollaborationWhitelistEntry,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaborationAllowlistEntryTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaborationAllowlistEntryTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationAllowlistEntryTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl CollaborationAllowlistEntryDirectionField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Both => "both",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaborationAllowlistEntryDirectionField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "inbound" => Self::Inbound,
            "outbound" => Self::Outbound,
            "both" => Self::Both,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaborationAllowlistEntryDirectionField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaborationAllowlistEntryDirectionField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationAllowlistEntryDirectionField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Enterprise
///
/// A representation of a Box enterprise.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct CollaborationAllowlistEntryEnterpriseField {
    /// The unique identifier for this enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value will always be `enterprise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::CollaborationAllowlistEntryEnterpriseTypeField>,
    /// The name of the enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CollaborationAllowlistEntryEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl CollaborationAllowlistEntryEnterpriseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaborationAllowlistEntryEnterpriseTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enterprise" => Self::Enterprise,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaborationAllowlistEntryEnterpriseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaborationAllowlistEntryEnterpriseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationAllowlistEntryEnterpriseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
