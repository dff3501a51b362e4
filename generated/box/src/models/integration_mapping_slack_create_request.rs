// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingSlackCreateRequest`] and the types nested in it, from `#/components/schemas/IntegrationMappingSlackCreateRequest`.

/// Create Slack integration mapping request
///
/// A request to create a Slack Integration Mapping object.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct IntegrationMappingSlackCreateRequest {
    pub partner_item: super::IntegrationMappingPartnerItemSlack,
    pub box_item: super::IntegrationMappingBoxItemSlack,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<super::IntegrationMappingSlackOptions>,
}
