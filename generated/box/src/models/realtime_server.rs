// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RealtimeServer`] and the types nested in it, from `#/components/schemas/RealtimeServer`.

use crate::runtime::{self, deserialize_struct};

/// Real-time server
///
/// A real-time server that can be used for
/// long polling user events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RealtimeServer {
    /// The value will always be `realtime_server`.
    pub r#type: Option<String>,
    /// The URL for the server.
    pub url: Option<String>,
    /// The time in minutes for which this server is available.
    pub ttl: Option<String>,
    /// The maximum number of retries this server will
    /// allow before a new long poll should be started by
    /// getting a [new list of server](https://developer.box.com/reference/options-events).
    pub max_retries: Option<String>,
    /// The maximum number of seconds without a response
    /// after which you should retry the long poll connection.
    ///
    /// This helps to overcome network issues where the long
    /// poll looks to be working but no packages are coming
    /// through.
    pub retry_timeout: Option<i64>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RealtimeServer {
        r#type: optional("type"),
        url: optional("url"),
        ttl: optional("ttl"),
        max_retries: optional("max_retries"),
        retry_timeout: optional("retry_timeout")
    }
);

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
