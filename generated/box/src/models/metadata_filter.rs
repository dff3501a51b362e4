// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataFilter`] and the types nested in it, from `#/components/schemas/MetadataFilter`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Metadata filter
///
/// A metadata template used to filter the search results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataFilter {
    /// Specifies the scope of the template to filter search results by.
    ///
    /// This will be `enterprise_{enterprise_id}` for templates defined
    /// for use in this enterprise, and `global` for general templates
    /// that are available to all enterprises using Box.
    pub scope: Option<super::MetadataFilterScopeField>,
    /// The key of the template used to filter search results.
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
    /// Specifies which fields on the template to filter the search
    /// results by. When more than one field is specified, the query
    /// performs a logical `AND` to ensure that the instance of the
    /// template matches each of the fields specified.
    pub filters: Option<std::collections::BTreeMap<String, super::MetadataFilterValue>>,
}

serialize_struct!(
    runtime,
    MetadataFilter { scope: optional("scope"), template_key: optional("templateKey"), filters: optional("filters") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    MetadataFilter {
        scope: optional::<Option<super::MetadataFilterScopeField>>("scope"),
        template_key: optional::<Option<String>>("templateKey"),
        filters: optional::<Option<std::collections::BTreeMap<String, super::MetadataFilterValue>>>("filters")
    }
);

/// Specifies the scope of the template to filter search results by.
///
/// This will be `enterprise_{enterprise_id}` for templates defined
/// for use in this enterprise, and `global` for general templates
/// that are available to all enterprises using Box.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MetadataFilterScopeField {
    /// `global`
    Global,
    /// `enterprise`
    Enterprise,
    /// `enterprise_{enterprise_id}`
    EnterpriseEnterpriseId,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    MetadataFilterScopeField,
    Unknown,
    Global = "global",
    Enterprise = "enterprise",
    EnterpriseEnterpriseId = "enterprise_{enterprise_id}"
);
