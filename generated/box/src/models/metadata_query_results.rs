// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataQueryResults`] and the types nested in it, from `#/components/schemas/MetadataQueryResults`.

use crate::runtime::{self, deserialize_struct};

/// Metadata query search results
///
/// A page of files and folders that matched the metadata query.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MetadataQueryResults {
    /// The mini representation of the files and folders that match the search
    /// terms.
    ///
    /// By default, this endpoint returns only the most basic info about the
    /// items. To get additional fields for each item, including any of the
    /// metadata, use the `fields` attribute in the query.
    pub entries: Option<Vec<super::MetadataQueryResultItem>>,
    /// The limit that was used for this search. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    MetadataQueryResults {
        entries: optional("entries"),
        limit: optional("limit"),
        next_marker: optional("next_marker")
    }
);

deserialize_struct!(
    runtime,
    MetadataQueryResults {
        entries: optional::<Option<Vec<super::MetadataQueryResultItem>>>("entries"),
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker")
    }
);
