// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingTeamsCreateRequest`] and the types nested in it, from `#/components/schemas/IntegrationMappingTeamsCreateRequest`.

use crate::runtime::{self, serialize_struct};

/// Create teams integration mapping request
///
/// A request to create a Teams Integration Mapping object.
#[derive(Clone, Debug, PartialEq)]
pub struct IntegrationMappingTeamsCreateRequest {
    /// The `partner_item` property, which the spec does not describe (`#/components/schemas/IntegrationMappingTeamsCreateRequest/properties/partner_item`).
    pub partner_item: super::IntegrationMappingPartnerItemTeamsCreateRequest,
    /// The `box_item` property, which the spec does not describe (`#/components/schemas/IntegrationMappingTeamsCreateRequest/properties/box_item`).
    pub box_item: super::FolderReference,
}

serialize_struct!(
    runtime,
    IntegrationMappingTeamsCreateRequest { partner_item: required("partner_item"), box_item: required("box_item") }
);

#[cfg(feature = "serde-both-ways")]
crate::runtime::deserialize_struct!(
    crate::runtime,
    IntegrationMappingTeamsCreateRequest {
        partner_item: required::<super::IntegrationMappingPartnerItemTeamsCreateRequest>("partner_item"),
        box_item: required::<super::FolderReference>("box_item")
    }
);
