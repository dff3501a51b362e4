// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Metadatas`] and the types nested in it, from `#/components/schemas/Metadatas`.

/// Metadata instances
///
/// A list of metadata instances that have been applied to a file or folder.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Metadatas {
    /// A list of metadata instances, as applied to this file or folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::Metadata>>,
    /// The limit that was used for this page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
}
