// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataBase`] and the types nested in it, from `#/components/schemas/Metadata--Base`.

use crate::runtime::{self, deserialize_struct};

/// Metadata instance (Base)
///
/// The base representation of a metadata instance.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct MetadataBase {
    /// The identifier of the item that this metadata instance
    /// has been attached to. This combines the `type` and the `id`
    /// of the parent in the form `{type}_{id}`.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$parent", skip_serializing_if = "Option::is_none"))]
    pub parent: Option<String>,
    /// The name of the template.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$template", skip_serializing_if = "Option::is_none"))]
    pub template: Option<String>,
    /// An ID for the scope in which this template
    /// has been applied. This will be `enterprise_{enterprise_id}` for templates
    /// defined for use in this enterprise, and `global` for general templates
    /// that are available to all enterprises using Box.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$scope", skip_serializing_if = "Option::is_none"))]
    pub scope: Option<String>,
    /// The version of the metadata instance. This version starts at 0 and
    /// increases every time a user-defined property is modified.
    #[cfg_attr(feature = "serde-both-ways", serde(rename = "$version", skip_serializing_if = "Option::is_none"))]
    pub version: Option<i64>,
}

deserialize_struct!(
    runtime,
    MetadataBase {
        parent: optional::<Option<String>>("$parent"),
        template: optional::<Option<String>>("$template"),
        scope: optional::<Option<String>>("$scope"),
        version: optional::<Option<i64>>("$version")
    }
);
