// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingSlackOptions`] and the types nested in it, from `#/components/schemas/IntegrationMappingSlackOptions`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// Integration mapping options for type Slack
///
/// The schema for an integration mapping options object for Slack type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IntegrationMappingSlackOptions {
    /// Indicates whether or not channel member
    /// access to the underlying box item
    /// should be automatically managed.
    /// Depending on type of channel, access is managed
    /// through creating collaborations or shared links.
    pub is_access_management_disabled: Option<bool>,
}

serialize_struct!(
    runtime,
    IntegrationMappingSlackOptions { is_access_management_disabled: optional("is_access_management_disabled") }
);

deserialize_struct!(
    runtime,
    IntegrationMappingSlackOptions {
        is_access_management_disabled: optional::<Option<bool>>("is_access_management_disabled")
    }
);
