// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`EmailAliases`] and the types nested in it, from `#/components/schemas/EmailAliases`.

/// Email aliases
///
/// A list of email aliases.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct EmailAliases {
    /// The number of email aliases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of email aliases.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::EmailAlias>>,
}
