// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`CollaborationAllowlistExemptTarget`] and the types nested in it, from `#/components/schemas/CollaborationAllowlistExemptTarget`.

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

impl CollaborationAllowlistExemptTargetTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CollaborationWhitelistExemptTarget => "collaboration_whitelist_exempt_target",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaborationAllowlistExemptTargetTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "collaboration_whitelist_exempt_target" => Self::CollaborationWhitelistExemptTarget,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CollaborationAllowlistExemptTargetTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaborationAllowlistExemptTargetTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationAllowlistExemptTargetTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl CollaborationAllowlistExemptTargetEnterpriseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for CollaborationAllowlistExemptTargetEnterpriseTypeField {
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

impl std::fmt::Display for CollaborationAllowlistExemptTargetEnterpriseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CollaborationAllowlistExemptTargetEnterpriseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for CollaborationAllowlistExemptTargetEnterpriseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
