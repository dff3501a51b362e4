// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RealtimeServer`] and the types nested in it, from `#/components/schemas/RealtimeServer`.

/// Real-time server
///
/// A real-time server that can be used for
/// long polling user events.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct RealtimeServer {
    /// The value will always be `realtime_server`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The URL for the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The time in minutes for which this server is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ttl: Option<String>,
    /// The maximum number of retries this server will
    /// allow before a new long poll should be started by
    /// getting a [new list of server](https://developer.box.com/reference/options-events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<String>,
    /// The maximum number of seconds without a response
    /// after which you should retry the long poll connection.
    ///
    /// This helps to overcome network issues where the long
    /// poll looks to be working but no packages are coming
    /// through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_timeout: Option<i64>,
}
