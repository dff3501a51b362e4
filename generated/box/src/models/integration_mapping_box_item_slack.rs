// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingBoxItemSlack`] and the types nested in it, from `#/components/schemas/IntegrationMappingBoxItemSlack`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Integration mapping Box item schema for type Slack
///
/// The schema for an integration mapping Box item object for type Slack.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingBoxItemSlack {
    /// Type of the mapped item referenced in `id`.
    pub r#type: super::IntegrationMappingBoxItemSlackTypeField,
    /// ID of the mapped item (of type referenced in `type`).
    pub id: String,
}

serialize_struct!(runtime, IntegrationMappingBoxItemSlack { r#type: required("type"), id: required("id") });

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    IntegrationMappingBoxItemSlack {
        r#type: required::<super::IntegrationMappingBoxItemSlackTypeField>("type"),
        id: required::<String>("id")
    }
);

/// Type of the mapped item referenced in `id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingBoxItemSlackTypeField {
    /// `folder`
    Folder,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, IntegrationMappingBoxItemSlackTypeField, Unknown, Folder = "folder");
