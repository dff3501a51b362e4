// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingPartnerItemTeams`] and the types nested in it, from `#/components/schemas/IntegrationMappingPartnerItemTeams`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Integration mapping mapped item schema for type Teams
///
/// The schema for an integration mapping mapped item object for type Teams.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingPartnerItemTeams {
    /// Type of the mapped item referenced in `id`.
    pub r#type: super::IntegrationMappingPartnerItemTeamsTypeField,
    /// ID of the mapped item (of type referenced in `type`).
    pub id: String,
    /// ID of the tenant that is registered with Microsoft Teams.
    pub tenant_id: String,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    IntegrationMappingPartnerItemTeams {
        r#type: required("type"),
        id: required("id"),
        tenant_id: required("tenant_id")
    }
);

deserialize_struct!(
    runtime,
    IntegrationMappingPartnerItemTeams {
        r#type: required::<super::IntegrationMappingPartnerItemTeamsTypeField>("type"),
        id: required::<String>("id"),
        tenant_id: required::<String>("tenant_id")
    }
);

/// Type of the mapped item referenced in `id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingPartnerItemTeamsTypeField {
    /// `channel`
    Channel,
    /// `team`
    Team,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, IntegrationMappingPartnerItemTeamsTypeField, Unknown, Channel = "channel", Team = "team");
