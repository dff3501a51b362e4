// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RealtimeServer`] and the types nested in it, from `#/components/schemas/RealtimeServer`.

use crate::runtime::{self, deserialize_struct};

/// Real-time server
///
/// A real-time server that can be used for
/// long polling user events.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct RealtimeServer {
    /// The value will always be `realtime_server`.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub r#type: Option<String>,
    /// The URL for the server.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
    /// The time in minutes for which this server is available.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub ttl: Option<String>,
    /// The maximum number of retries this server will
    /// allow before a new long poll should be started by
    /// getting a [new list of server](https://developer.box.com/reference/options-events).
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub max_retries: Option<String>,
    /// The maximum number of seconds without a response
    /// after which you should retry the long poll connection.
    ///
    /// This helps to overcome network issues where the long
    /// poll looks to be working but no packages are coming
    /// through.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub retry_timeout: Option<i64>,
}

deserialize_struct!(
    runtime,
    RealtimeServer {
        r#type: optional::<Option<String>>("type"),
        url: optional::<Option<String>>("url"),
        ttl: optional::<Option<String>>("ttl"),
        max_retries: optional::<Option<String>>("max_retries"),
        retry_timeout: optional::<Option<i64>>("retry_timeout")
    }
);
