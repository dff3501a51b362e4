// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingsTeams`] and the types nested in it, from `#/components/schemas/IntegrationMappingsTeams/allOf/0`.

use crate::runtime::{self, deserialize_struct};

/// The `IntegrationMappingsTeams` schema, which the spec does not describe (`#/components/schemas/IntegrationMappingsTeams/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IntegrationMappingsTeams {
    /// A list of integration mappings.
    pub entries: Option<Vec<super::IntegrationMappingTeams>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(crate::runtime, IntegrationMappingsTeams { entries: optional("entries") });

deserialize_struct!(
    runtime,
    IntegrationMappingsTeams { entries: optional::<Option<Vec<super::IntegrationMappingTeams>>>("entries") }
);
