// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`SearchResultsResponse`] and the types nested in it, from `#/components/schemas/SearchResultsResponse`.

use crate::runtime::codec;

/// Search results response
///
/// Search result from the content search endpoint.
///
/// Decoded by the value of its `type` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize), serde(untagged))]
#[allow(clippy::large_enum_variant)]
pub enum SearchResultsResponse {
    /// The `SearchResults` alternative (`#/components/schemas/SearchResultsResponse/oneOf/0`).
    SearchResults(super::SearchResults),
    /// The `SearchResultsWithSharedLinks` alternative (`#/components/schemas/SearchResultsResponse/oneOf/1`).
    SearchResultsWithSharedLinks(super::SearchResultsWithSharedLinks),
    /// A value whose `type` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::SearchResults> for SearchResultsResponse {
    fn from(value: super::SearchResults) -> Self {
        Self::SearchResults(value)
    }
}

impl From<super::SearchResultsWithSharedLinks> for SearchResultsResponse {
    fn from(value: super::SearchResultsWithSharedLinks) -> Self {
        Self::SearchResultsWithSharedLinks(value)
    }
}

impl<'de> serde::Deserialize<'de> for SearchResultsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "type") {
            Some("search_results_items") => codec::variant(value).map(Self::SearchResults),
            Some("search_results_with_shared_links") => codec::variant(value).map(Self::SearchResultsWithSharedLinks),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("SearchResultsResponse", "type")),
        }
    }
}
