// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionRetentions`] and the types nested in it, from `#/components/schemas/FileVersionRetentions`.

use crate::runtime::{self, Cursor, Page, deserialize_struct};

/// File version retentions
///
/// A list of file version retentions.
///
/// **Note**:
/// File retention API is now **deprecated**.
/// To get information about files and file versions under retention,
/// see [files under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-files-under-retention) or [file versions under retention](https://developer.box.com/reference/get-retention-policy-assignments-id-file-versions-under-retention) endpoints.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileVersionRetentions {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// A list of file version retentions.
    pub entries: Option<Vec<super::FileVersionRetention>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    FileVersionRetentions {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    FileVersionRetentions {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        entries: optional::<Option<Vec<super::FileVersionRetention>>>("entries")
    }
);

impl Page for FileVersionRetentions {
    type Item = super::FileVersionRetention;

    fn into_page(self) -> (Vec<super::FileVersionRetention>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}
