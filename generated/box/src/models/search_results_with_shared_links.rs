// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SearchResultsWithSharedLinks`] and the types nested in it, from `#/components/schemas/SearchResultsWithSharedLinks`.

/// Search Results (including Shared Links)
///
/// A list of files, folders and web links that matched the search query,
/// including the additional information about any shared links through
/// which the item has been shared with the user.
///
/// This response format is only returned when the `include_recent_shared_links`
/// query parameter has been set to `true`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SearchResultsWithSharedLinks {
    /// One greater than the offset of the last entry in the search results.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// The limit that was used for this search. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The 0-based offset of the first entry in this set. This will be the same
    /// as the `offset` query parameter used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<i64>,
    /// Specifies the response as search result items with shared links.
    pub r#type: super::SearchResultsWithSharedLinksTypeField,
    /// The search results for the query provided, including the
    /// additional information about any shared links through
    /// which the item has been shared with the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::SearchResultWithSharedLink>>,
}

/// Specifies the response as search result items with shared links.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultsWithSharedLinksTypeField {
    /// `search_results_with_shared_links`
    SearchResultsWithSharedLinks,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SearchResultsWithSharedLinksTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResultsWithSharedLinks => "search_results_with_shared_links",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SearchResultsWithSharedLinksTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "search_results_with_shared_links" => Self::SearchResultsWithSharedLinks,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SearchResultsWithSharedLinksTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultsWithSharedLinksTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultsWithSharedLinksTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
