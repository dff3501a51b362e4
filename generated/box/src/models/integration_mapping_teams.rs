// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingTeams`] and the types nested in it, from `#/components/schemas/IntegrationMappingTeams`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Integration mapping Teams
///
/// A Microsoft Teams specific representation of an integration
/// mapping object.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingTeams {
    /// A unique identifier of a folder mapping
    /// (part of a composite key together
    /// with `integration_type`).
    pub id: String,
    /// Mapping type.
    pub r#type: super::IntegrationMappingBaseTypeField,
    /// Identifies the Box partner app,
    /// with which the mapping is associated.
    /// Supports Slack and Teams.
    /// (part of the composite key together with `id`).
    pub integration_type: Option<super::IntegrationMappingTeamsIntegrationTypeField>,
    /// Identifies whether the mapping has
    /// been manually set by the team owner from UI for channels
    /// (as opposed to being automatically created).
    pub is_overridden_by_manual_mapping: Option<bool>,
    /// Mapped item object for Teams.
    pub partner_item: super::IntegrationMappingPartnerItemTeams,
    /// The `box_item` property, which the spec does not describe (`#/components/schemas/IntegrationMappingTeams/allOf/1/properties/box_item`).
    pub box_item: super::FolderReference,
    /// When the integration mapping object was created.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When the integration mapping object was last modified.
    pub modified_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    IntegrationMappingTeams {
        id: required("id"),
        r#type: required("type"),
        integration_type: optional("integration_type"),
        is_overridden_by_manual_mapping: optional("is_overridden_by_manual_mapping"),
        partner_item: required("partner_item"),
        box_item: required("box_item"),
        created_at: optional("created_at"),
        modified_at: optional("modified_at")
    }
);

deserialize_struct!(
    runtime,
    IntegrationMappingTeams {
        id: required::<String>("id"),
        r#type: required::<super::IntegrationMappingBaseTypeField>("type"),
        integration_type: optional::<Option<super::IntegrationMappingTeamsIntegrationTypeField>>("integration_type"),
        is_overridden_by_manual_mapping: optional::<Option<bool>>("is_overridden_by_manual_mapping"),
        partner_item: required::<super::IntegrationMappingPartnerItemTeams>("partner_item"),
        box_item: required::<super::FolderReference>("box_item"),
        created_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("created_at"),
        modified_at: optional::<Option<chrono::DateTime<chrono::Utc>>>("modified_at")
    }
);

/// Identifies the Box partner app,
/// with which the mapping is associated.
/// Supports Slack and Teams.
/// (part of the composite key together with `id`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingTeamsIntegrationTypeField {
    /// `teams`
    Teams,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, IntegrationMappingTeamsIntegrationTypeField, Unknown, Teams = "teams");
