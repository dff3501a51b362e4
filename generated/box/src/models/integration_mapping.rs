// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMapping`] and the types nested in it, from `#/components/schemas/IntegrationMapping`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Integration mapping Slack
///
/// A Slack specific representation of an integration
/// mapping object.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMapping {
    /// A unique identifier of a folder mapping
    /// (part of a composite key together
    /// with `integration_type`).
    pub id: String,
    /// Mapping type.
    pub r#type: super::IntegrationMappingBaseTypeField,
    /// Identifies the Box partner app,
    /// with which the mapping is associated.
    /// Currently only supports Slack.
    /// (part of the composite key together with `id`).
    pub integration_type: Option<super::IntegrationMappingIntegrationTypeField>,
    /// Identifies whether the mapping has
    /// been manually set
    /// (as opposed to being automatically created).
    pub is_manually_created: Option<bool>,
    /// The `options` property, which the spec does not describe (`#/components/schemas/IntegrationMapping/allOf/1/properties/options`).
    pub options: Option<super::IntegrationMappingSlackOptions>,
    /// An object representing the user who
    /// created the integration mapping.
    pub created_by: Option<super::UserIntegrationMappings>,
    /// The user who
    /// last modified the integration mapping.
    pub modified_by: Option<super::UserIntegrationMappings>,
    /// Mapped item object for Slack.
    pub partner_item: super::IntegrationMappingPartnerItemSlack,
    /// The Box folder, to which the object from the
    /// partner app domain (referenced in `partner_item_id`) is mapped.
    pub box_item: super::FolderMini,
    /// When the integration mapping object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the integration mapping object was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    IntegrationMapping {
        id: required("id"),
        r#type: required("type"),
        integration_type: optional("integration_type"),
        is_manually_created: optional("is_manually_created"),
        options: optional("options"),
        created_by: optional("created_by"),
        modified_by: optional("modified_by"),
        partner_item: required("partner_item"),
        box_item: required("box_item"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    IntegrationMapping {
        id: required::<String>("id"),
        r#type: required::<super::IntegrationMappingBaseTypeField>("type"),
        integration_type: optional::<Option<super::IntegrationMappingIntegrationTypeField>>("integration_type"),
        is_manually_created: optional::<Option<bool>>("is_manually_created"),
        options: optional::<Option<super::IntegrationMappingSlackOptions>>("options"),
        created_by: optional::<Option<super::UserIntegrationMappings>>("created_by"),
        modified_by: optional::<Option<super::UserIntegrationMappings>>("modified_by"),
        partner_item: required::<super::IntegrationMappingPartnerItemSlack>("partner_item"),
        box_item: required::<super::FolderMini>("box_item"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

/// Identifies the Box partner app,
/// with which the mapping is associated.
/// Currently only supports Slack.
/// (part of the composite key together with `id`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingIntegrationTypeField {
    /// `slack`
    Slack,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, IntegrationMappingIntegrationTypeField, Unknown, Slack = "slack");
