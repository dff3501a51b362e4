// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataCascadePolicy`] and the types nested in it, from `#/components/schemas/MetadataCascadePolicy`.

/// Metadata cascade policy
///
/// A metadata cascade policy automatically applies a metadata template instance
/// to all the files and folders within the targeted folder.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataCascadePolicy {
    /// The ID of the metadata cascade policy object.
    pub id: String,
    /// The value will always be `metadata_cascade_policy`.
    pub r#type: super::MetadataCascadePolicyTypeField,
    /// The enterprise that owns this policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_enterprise: Option<super::MetadataCascadePolicyOwnerEnterpriseField>,
    /// Represent the folder the policy is applied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<super::MetadataCascadePolicyParentField>,
    /// The scope of the metadata cascade policy can either be `global` or
    /// `enterprise_*`. The `global` scope is used for policies that are
    /// available to any Box enterprise. The `enterprise_*` scope represents
    /// policies that have been created within a specific enterprise, where `*`
    /// will be the ID of that enterprise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The key of the template that is cascaded down to the folder's
    /// children.
    ///
    /// In many cases the template key is automatically derived
    /// of its display name, for example `Contract Template` would
    /// become `contractTemplate`. In some cases the creator of the
    /// template will have provided its own template key.
    ///
    /// Please \[list the templates for an enterprise\]\[list\], or
    /// get all instances on a \[file\]\[file\] or \[folder\]\[folder\]
    /// to inspect a template's key.
    ///
    /// \[list\]: <https://developer.box.com/reference/get-metadata-templates-enterprise>
    /// \[file\]: <https://developer.box.com/reference/get-files-id-metadata>
    /// \[folder\]: <https://developer.box.com/reference/get-folders-id-metadata>
    #[serde(rename = "templateKey", default, skip_serializing_if = "Option::is_none")]
    pub template_key: Option<String>,
}

/// The value will always be `metadata_cascade_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataCascadePolicyTypeField {
    /// `metadata_cascade_policy`
    MetadataCascadePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl MetadataCascadePolicyTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MetadataCascadePolicy => "metadata_cascade_policy",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for MetadataCascadePolicyTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "metadata_cascade_policy" => Self::MetadataCascadePolicy,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for MetadataCascadePolicyTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MetadataCascadePolicyTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for MetadataCascadePolicyTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// The enterprise that owns this policy.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataCascadePolicyOwnerEnterpriseField {
    /// The value will always be `enterprise`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::MetadataCascadePolicyOwnerEnterpriseTypeField>,
    /// The ID of the enterprise that owns the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataCascadePolicyOwnerEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl MetadataCascadePolicyOwnerEnterpriseTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enterprise => "enterprise",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for MetadataCascadePolicyOwnerEnterpriseTypeField {
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

impl std::fmt::Display for MetadataCascadePolicyOwnerEnterpriseTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MetadataCascadePolicyOwnerEnterpriseTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for MetadataCascadePolicyOwnerEnterpriseTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

/// Represent the folder the policy is applied to.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataCascadePolicyParentField {
    /// The value will always be `folder`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<super::MetadataCascadePolicyParentTypeField>,
    /// The ID of the folder the policy is applied to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataCascadePolicyParentTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl MetadataCascadePolicyParentTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Folder => "folder",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for MetadataCascadePolicyParentTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "folder" => Self::Folder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for MetadataCascadePolicyParentTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MetadataCascadePolicyParentTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for MetadataCascadePolicyParentTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
