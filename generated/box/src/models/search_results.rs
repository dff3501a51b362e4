// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SearchResults`] and the types nested in it, from `#/components/schemas/SearchResults`.

/// Search Results
///
/// A list of files, folders and web links that matched the search query.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct SearchResults {
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
    /// Specifies the response as search result items without shared links.
    pub r#type: super::SearchResultsTypeField,
    /// The search results for the query provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::SearchResultItem>>,
}

/// Specifies the response as search result items without shared links.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultsTypeField {
    /// `search_results_items`
    SearchResultsItems,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl SearchResultsTypeField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SearchResultsItems => "search_results_items",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for SearchResultsTypeField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "search_results_items" => Self::SearchResultsItems,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SearchResultsTypeField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SearchResultsTypeField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultsTypeField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
