// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SearchResultsWithSharedLinks`] and the types nested in it, from `#/components/schemas/SearchResultsWithSharedLinks`.

use crate::runtime::{self, deserialize_struct, string_enum};

/// Search Results (including Shared Links)
///
/// A list of files, folders and web links that matched the search query,
/// including the additional information about any shared links through
/// which the item has been shared with the user.
///
/// This response format is only returned when the `include_recent_shared_links`
/// query parameter has been set to `true`.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchResultsWithSharedLinks {
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
    /// Specifies the response as search result items with shared links.
    pub r#type: super::SearchResultsWithSharedLinksTypeField,
    /// The search results for the query provided, including the
    /// additional information about any shared links through
    /// which the item has been shared with the user.
    pub entries: Option<Vec<super::SearchResultWithSharedLink>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    SearchResultsWithSharedLinks {
        total_count: optional("total_count"),
        limit: optional("limit"),
        offset: optional("offset"),
        r#type: required("type"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    SearchResultsWithSharedLinks {
        total_count: optional::<Option<i64>>("total_count"),
        limit: optional::<Option<i64>>("limit"),
        offset: optional::<Option<i64>>("offset"),
        r#type: required::<super::SearchResultsWithSharedLinksTypeField>("type"),
        entries: optional::<Option<Vec<super::SearchResultWithSharedLink>>>("entries")
    }
);

/// Specifies the response as search result items with shared links.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchResultsWithSharedLinksTypeField {
    /// `search_results_with_shared_links`
    SearchResultsWithSharedLinks,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    SearchResultsWithSharedLinksTypeField,
    Unknown,
    SearchResultsWithSharedLinks = "search_results_with_shared_links"
);
