// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`RealtimeServers`] and the types nested in it, from `#/components/schemas/RealtimeServers`.

use crate::runtime::{self, deserialize_struct};

/// Real-time servers
///
/// A list of real-time servers that can
/// be used for long-polling.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RealtimeServers {
    /// The number of items in this response.
    pub chunk_size: Option<i64>,
    /// A list of real-time servers.
    pub entries: Option<Vec<super::RealtimeServer>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    RealtimeServers { chunk_size: optional("chunk_size"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    RealtimeServers {
        chunk_size: optional::<Option<i64>>("chunk_size"),
        entries: optional::<Option<Vec<super::RealtimeServer>>>("entries")
    }
);
