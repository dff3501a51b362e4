// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EmailAliases`] and the types nested in it, from `#/components/schemas/EmailAliases`.

use crate::runtime::{self, deserialize_struct};

/// Email aliases
///
/// A list of email aliases.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct EmailAliases {
    /// The number of email aliases.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub total_count: Option<i64>,
    /// A list of email aliases.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::EmailAlias>>,
}

deserialize_struct!(
    runtime,
    EmailAliases {
        total_count: optional::<Option<i64>>("total_count"),
        entries: optional::<Option<Vec<super::EmailAlias>>>("entries")
    }
);
