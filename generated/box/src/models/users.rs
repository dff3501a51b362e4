// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`Users`] and the types nested in it, from `#/components/schemas/Users`.

use crate::runtime::{self, Cursor, Page, deserialize_struct, string_enum};

/// Users
///
/// A list of users.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Users {
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<String>,
    /// The marker for the start of the previous page of results.
    pub prev_marker: Option<String>,
    /// One greater than the offset of the last entry in the entire collection.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    ///
    /// This field is only returned for calls that use offset-based pagination.
    /// For marker-based paginated APIs, this field will be omitted.
    pub total_count: Option<i64>,
    /// The 0-based offset of the first entry in this set. This will be the same
    /// as the `offset` query parameter.
    ///
    /// This field is only returned for calls that use offset-based pagination.
    /// For marker-based paginated APIs, this field will be omitted.
    pub offset: Option<i64>,
    /// The order by which items are returned.
    ///
    /// This field is only returned for calls that use offset-based pagination.
    /// For marker-based paginated APIs, this field will be omitted.
    pub order: Option<Vec<super::UsersOrderField>>,
    /// A list of users.
    pub entries: Option<Vec<super::UserFull>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    Users {
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        prev_marker: optional("prev_marker"),
        total_count: optional("total_count"),
        offset: optional("offset"),
        order: optional("order"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    Users {
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<String>>("next_marker"),
        prev_marker: optional::<Option<String>>("prev_marker"),
        total_count: optional::<Option<i64>>("total_count"),
        offset: optional::<Option<i64>>("offset"),
        order: optional::<Option<Vec<super::UsersOrderField>>>("order"),
        entries: optional::<Option<Vec<super::UserFull>>>("entries")
    }
);

impl Page for Users {
    type Item = super::UserFull;

    fn into_page(self) -> (Vec<super::UserFull>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: self.total_count.as_ref().copied(),
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

/// The order in which a pagination is ordered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsersOrderField {
    /// The field to order by.
    pub by: Option<String>,
    /// The direction to order by, either ascending or descending.
    pub direction: Option<super::UsersOrderDirectionField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    UsersOrderField { by: optional("by"), direction: optional("direction") }
);

deserialize_struct!(
    runtime,
    UsersOrderField {
        by: optional::<Option<String>>("by"),
        direction: optional::<Option<super::UsersOrderDirectionField>>("direction")
    }
);

/// The direction to order by, either ascending or descending.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsersOrderDirectionField {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, UsersOrderDirectionField, Unknown, Asc = "ASC", Desc = "DESC");
