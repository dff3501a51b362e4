// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingPartnerItemTeamsCreateRequest`] and the types nested in it, from `#/components/schemas/IntegrationMappingPartnerItemTeamsCreateRequest`.

use crate::runtime::{self, serialize_struct, string_enum};

/// Integration mapping mapped item schema for type Teams
///
/// The schema for an integration mapping mapped item object for type Teams.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingPartnerItemTeamsCreateRequest {
    /// Type of the mapped item referenced in `id`.
    pub r#type: super::IntegrationMappingPartnerItemTeamsCreateRequestTypeField,
    /// ID of the mapped item (of type referenced in `type`).
    pub id: String,
    /// ID of the tenant that is registered with Microsoft Teams.
    pub tenant_id: String,
    /// ID of the team that is registered with Microsoft Teams.
    pub team_id: String,
}

serialize_struct!(
    runtime,
    IntegrationMappingPartnerItemTeamsCreateRequest {
        r#type: required("type"),
        id: required("id"),
        tenant_id: required("tenant_id"),
        team_id: required("team_id")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    IntegrationMappingPartnerItemTeamsCreateRequest {
        r#type: required::<super::IntegrationMappingPartnerItemTeamsCreateRequestTypeField>("type"),
        id: required::<String>("id"),
        tenant_id: required::<String>("tenant_id"),
        team_id: required::<String>("team_id")
    }
);

/// Type of the mapped item referenced in `id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingPartnerItemTeamsCreateRequestTypeField {
    /// `channel`
    Channel,
    /// `team`
    Team,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    IntegrationMappingPartnerItemTeamsCreateRequestTypeField,
    Unknown,
    Channel = "channel",
    Team = "team"
);
