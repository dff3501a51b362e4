// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingPartnerItemSlack`] and the types nested in it, from `#/components/schemas/IntegrationMappingPartnerItemSlack`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// Integration mapping mapped item schema for type Slack
///
/// The schema for an integration mapping mapped item object for type Slack.
///
/// Depending if Box for Slack is installed at the org or workspace level,
/// provide **either** `slack_org_id` **or** `slack_workspace_id`.
/// Do not use both parameters at the same time.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingPartnerItemSlack {
    /// Type of the mapped item referenced in `id`.
    pub r#type: super::IntegrationMappingPartnerItemSlackTypeField,
    /// ID of the mapped item (of type referenced in `type`).
    pub id: String,
    /// ID of the Slack workspace with which the item is associated. Use this parameter if Box for Slack is installed at a workspace level. Do not use `slack_org_id` at the same time.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub slack_workspace_id: Option<Option<String>>,
    /// ID of the Slack org with which the item is associated. Use this parameter if Box for Slack is installed at the org level. Do not use `slack_workspace_id` at the same time.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub slack_org_id: Option<Option<String>>,
}

serialize_struct!(
    runtime,
    IntegrationMappingPartnerItemSlack {
        r#type: required("type"),
        id: required("id"),
        slack_workspace_id: nullable("slack_workspace_id"),
        slack_org_id: nullable("slack_org_id")
    }
);

deserialize_struct!(
    runtime,
    IntegrationMappingPartnerItemSlack {
        r#type: required::<super::IntegrationMappingPartnerItemSlackTypeField>("type"),
        id: required::<String>("id"),
        slack_workspace_id: nullable::<Option<String>>("slack_workspace_id"),
        slack_org_id: nullable::<Option<String>>("slack_org_id")
    }
);

/// Type of the mapped item referenced in `id`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IntegrationMappingPartnerItemSlackTypeField {
    /// `channel`
    Channel,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, IntegrationMappingPartnerItemSlackTypeField, Unknown, Channel = "channel");
