// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataBase`] and the types nested in it, from `#/components/schemas/Metadata--Base`.

use crate::runtime::{self, deserialize_struct};

/// Metadata instance (Base)
///
/// The base representation of a metadata instance.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataBase {
    /// The identifier of the item that this metadata instance
    /// has been attached to. This combines the `type` and the `id`
    /// of the parent in the form `{type}_{id}`.
    pub parent: Option<String>,
    /// The name of the template.
    pub template: Option<String>,
    /// An ID for the scope in which this template
    /// has been applied. This will be `enterprise_{enterprise_id}` for templates
    /// defined for use in this enterprise, and `global` for general templates
    /// that are available to all enterprises using Box.
    pub scope: Option<String>,
    /// The version of the metadata instance. This version starts at 0 and
    /// increases every time a user-defined property is modified.
    pub version: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataBase {
        parent: optional("$parent"),
        template: optional("$template"),
        scope: optional("$scope"),
        version: optional("$version")
    }
);

deserialize_struct!(
    runtime,
    MetadataBase {
        parent: optional::<Option<String>>("$parent"),
        template: optional::<Option<String>>("$template"),
        scope: optional::<Option<String>>("$scope"),
        version: optional::<Option<i64>>("$version")
    }
);
