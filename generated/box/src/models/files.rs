// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Files`] and the types nested in it, from `#/components/schemas/Files`.

/// Files
///
/// A list of files.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct Files {
    /// The number of files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// A list of files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::FileFull>>,
}
