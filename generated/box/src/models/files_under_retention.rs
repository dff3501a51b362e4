// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FilesUnderRetention`] and the types nested in it, from `#/components/schemas/FilesUnderRetention`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// Files under retention
///
/// A list of files under retention.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilesUnderRetention {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of files.
    pub entries: Option<Vec<Option<super::FileMini>>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FilesUnderRetention {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    FilesUnderRetention {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<Option<super::FileMini>>>>("entries")
    }
);

impl Page for FilesUnderRetention {
    type Item = Option<super::FileMini>;

    fn into_page(self) -> (Vec<Option<super::FileMini>>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}
