// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`IntegrationMappings`] and the types nested in it, from `#/components/schemas/IntegrationMappings`.

/// Integration mappings Slack
///
/// A list of integration mapping
/// objects.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct IntegrationMappings {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// A list of integration mappings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::IntegrationMapping>>,
}
