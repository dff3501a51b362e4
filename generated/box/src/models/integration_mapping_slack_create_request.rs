// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingSlackCreateRequest`] and the types nested in it, from `#/components/schemas/IntegrationMappingSlackCreateRequest`.

use crate::runtime::{self, serialize_struct};

/// Create Slack integration mapping request
///
/// A request to create a Slack Integration Mapping object.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingSlackCreateRequest {
    /// The `partner_item` property, which the spec does not describe (`#/components/schemas/IntegrationMappingSlackCreateRequest/properties/partner_item`).
    pub partner_item: super::IntegrationMappingPartnerItemSlack,
    /// The `box_item` property, which the spec does not describe (`#/components/schemas/IntegrationMappingSlackCreateRequest/properties/box_item`).
    pub box_item: super::IntegrationMappingBoxItemSlack,
    /// The `options` property, which the spec does not describe (`#/components/schemas/IntegrationMappingSlackCreateRequest/properties/options`).
    pub options: Option<super::IntegrationMappingSlackOptions>,
}

serialize_struct!(
    runtime,
    IntegrationMappingSlackCreateRequest {
        partner_item: required("partner_item"),
        box_item: required("box_item"),
        options: optional("options")
    }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    IntegrationMappingSlackCreateRequest {
        partner_item: required::<super::IntegrationMappingPartnerItemSlack>("partner_item"),
        box_item: required::<super::IntegrationMappingBoxItemSlack>("box_item"),
        options: optional::<Option<super::IntegrationMappingSlackOptions>>("options")
    }
);
