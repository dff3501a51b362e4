// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EmailAliases`] and the types nested in it, from `#/components/schemas/EmailAliases`.

use crate::runtime::{self, deserialize_struct};

/// Email aliases
///
/// A list of email aliases.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmailAliases {
    /// The number of email aliases.
    pub total_count: Option<i64>,
    /// A list of email aliases.
    pub entries: Option<Vec<super::EmailAlias>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    EmailAliases { total_count: optional("total_count"), entries: optional("entries") }
);

deserialize_struct!(
    runtime,
    EmailAliases {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::EmailAlias>>>("entries")
    }
);
