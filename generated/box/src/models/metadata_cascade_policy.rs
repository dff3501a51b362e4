// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataCascadePolicy`] and the types nested in it, from `#/components/schemas/MetadataCascadePolicy`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Metadata cascade policy
///
/// A metadata cascade policy automatically applies a metadata template instance
/// to all the files and folders within the targeted folder.
#[derive(Clone, Debug, PartialEq)]
pub struct MetadataCascadePolicy {
    /// The ID of the metadata cascade policy object.
    pub id: String,
    /// The value will always be `metadata_cascade_policy`.
    pub r#type: super::MetadataCascadePolicyTypeField,
    /// The enterprise that owns this policy.
    pub owner_enterprise: Option<super::MetadataCascadePolicyOwnerEnterpriseField>,
    /// Represent the folder the policy is applied to.
    pub parent: Option<super::MetadataCascadePolicyParentField>,
    /// The scope of the metadata cascade policy can either be `global` or
    /// `enterprise_*`. The `global` scope is used for policies that are
    /// available to any Box enterprise. The `enterprise_*` scope represents
    /// policies that have been created within a specific enterprise, where `*`
    /// will be the ID of that enterprise.
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
    pub template_key: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataCascadePolicy {
        id: required("id"),
        r#type: required("type"),
        owner_enterprise: optional("owner_enterprise"),
        parent: optional("parent"),
        scope: optional("scope"),
        template_key: optional("templateKey")
    }
);

deserialize_struct!(
    runtime,
    MetadataCascadePolicy {
        id: required::<String>("id"),
        r#type: required::<super::MetadataCascadePolicyTypeField>("type"),
        owner_enterprise: optional::<Option<super::MetadataCascadePolicyOwnerEnterpriseField>>("owner_enterprise"),
        parent: optional::<Option<super::MetadataCascadePolicyParentField>>("parent"),
        scope: optional::<Option<String>>("scope"),
        template_key: optional::<Option<String>>("templateKey")
    }
);

/// The value will always be `metadata_cascade_policy`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataCascadePolicyTypeField {
    /// `metadata_cascade_policy`
    MetadataCascadePolicy,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, MetadataCascadePolicyTypeField, Unknown, MetadataCascadePolicy = "metadata_cascade_policy");

/// The enterprise that owns this policy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataCascadePolicyOwnerEnterpriseField {
    /// The value will always be `enterprise`.
    pub r#type: Option<super::MetadataCascadePolicyOwnerEnterpriseTypeField>,
    /// The ID of the enterprise that owns the policy.
    pub id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataCascadePolicyOwnerEnterpriseField { r#type: optional("type"), id: optional("id") }
);

deserialize_struct!(
    runtime,
    MetadataCascadePolicyOwnerEnterpriseField {
        r#type: optional::<Option<super::MetadataCascadePolicyOwnerEnterpriseTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The value will always be `enterprise`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataCascadePolicyOwnerEnterpriseTypeField {
    /// `enterprise`
    Enterprise,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, MetadataCascadePolicyOwnerEnterpriseTypeField, Unknown, Enterprise = "enterprise");

/// Represent the folder the policy is applied to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataCascadePolicyParentField {
    /// The value will always be `folder`.
    pub r#type: Option<super::MetadataCascadePolicyParentTypeField>,
    /// The ID of the folder the policy is applied to.
    pub id: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataCascadePolicyParentField { r#type: optional("type"), id: optional("id") }
);

deserialize_struct!(
    runtime,
    MetadataCascadePolicyParentField {
        r#type: optional::<Option<super::MetadataCascadePolicyParentTypeField>>("type"),
        id: optional::<Option<String>>("id")
    }
);

/// The value will always be `folder`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataCascadePolicyParentTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, MetadataCascadePolicyParentTypeField, Unknown, Folder = "folder");
