// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FilesUnderRetention`] and the types nested in it, from `#/components/schemas/FilesUnderRetention`.

/// Files under retention
///
/// A list of files under retention.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct FilesUnderRetention {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prev_marker: Option<String>,
    /// A list of files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<Option<super::FileMini>>>,
}
