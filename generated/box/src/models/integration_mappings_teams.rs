// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappingsTeams`] and the types nested in it, from `#/components/schemas/IntegrationMappingsTeams/allOf/0`.

use crate::runtime::{self, deserialize_struct};

/// The `IntegrationMappingsTeams` schema, which the spec does not describe (`#/components/schemas/IntegrationMappingsTeams/allOf/0`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct IntegrationMappingsTeams {
    /// A list of integration mappings.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::IntegrationMappingTeams>>,
}

deserialize_struct!(
    runtime,
    IntegrationMappingsTeams { entries: optional::<Option<Vec<super::IntegrationMappingTeams>>>("entries") }
);
