// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RealtimeServers`] and the types nested in it, from `#/components/schemas/RealtimeServers`.

/// Real-time servers
///
/// A list of real-time servers that can
/// be used for long-polling.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct RealtimeServers {
    /// The number of items in this response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chunk_size: Option<i64>,
    /// A list of real-time servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::RealtimeServer>>,
}
