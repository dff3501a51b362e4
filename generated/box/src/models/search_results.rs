// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SearchResults`] and the types nested in it, from `#/components/schemas/SearchResults`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Search Results
///
/// A list of files, folders and web links that matched the search query.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResults {
    /// One greater than the offset of the last entry in the search results.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    pub total_count: Option<i64>,
    /// The limit that was used for this search. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed.
    pub limit: Option<i64>,
    /// The 0-based offset of the first entry in this set. This will be the same
    /// as the `offset` query parameter used.
    pub offset: Option<i64>,
    /// Specifies the response as search result items without shared links.
    pub r#type: super::SearchResultsTypeField,
    /// The search results for the query provided.
    pub entries: Option<Vec<super::SearchResultItem>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SearchResults {
        total_count: optional("total_count"),
        limit: optional("limit"),
        offset: optional("offset"),
        r#type: required("type"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    SearchResults {
        total_count: optional::<Option<i64>>("total_count"),
        limit: optional::<Option<i64>>("limit"),
        offset: optional::<Option<i64>>("offset"),
        r#type: required::<super::SearchResultsTypeField>("type"),
        entries: optional::<Option<Vec<super::SearchResultItem>>>("entries")
    }
);

/// Specifies the response as search result items without shared links.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultsTypeField {
    /// `search_results_items`
    SearchResultsItems,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, SearchResultsTypeField, Unknown, SearchResultsItems = "search_results_items");
