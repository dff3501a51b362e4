// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`GroupMemberships`] and the types nested in it, from `#/components/schemas/GroupMemberships`.

use crate::runtime::{self, Cursor, Page, deserialize_struct, string_enum};

/// Group memberships
///
/// A list of group memberships.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupMemberships {
    /// One greater than the offset of the last entry in the entire collection.
    /// The total number of entries in the collection may be less than
    /// `total_count`.
    ///
    /// This field is only returned for calls that use offset-based pagination.
    /// For marker-based paginated APIs, this field will be omitted.
    pub total_count: Option<i64>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed. The maximum value varies by API.
    pub limit: Option<i64>,
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
    pub order: Option<Vec<super::GroupMembershipsOrderField>>,
    /// A list of group memberships.
    pub entries: Option<Vec<super::GroupMembership>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    GroupMemberships {
        total_count: optional("total_count"),
        limit: optional("limit"),
        offset: optional("offset"),
        order: optional("order"),
        entries: optional("entries")
    }
);

deserialize_struct!(
    runtime,
    GroupMemberships {
        total_count: optional::<Option<i64>>("total_count"),
        limit: optional::<Option<i64>>("limit"),
        offset: optional::<Option<i64>>("offset"),
        order: optional::<Option<Vec<super::GroupMembershipsOrderField>>>("order"),
        entries: optional::<Option<Vec<super::GroupMembership>>>("entries")
    }
);

impl Page for GroupMemberships {
    type Item = super::GroupMembership;

    fn into_page(self) -> (Vec<super::GroupMembership>, Cursor) {
        let cursor = Cursor { has_next: None, total: self.total_count.as_ref().copied(), next_marker: None };
        (self.entries.unwrap_or_default(), cursor)
    }
}

/// The order in which a pagination is ordered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupMembershipsOrderField {
    /// The field to order by.
    pub by: Option<String>,
    /// The direction to order by, either ascending or descending.
    pub direction: Option<super::GroupMembershipsOrderDirectionField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    GroupMembershipsOrderField { by: optional("by"), direction: optional("direction") }
);

deserialize_struct!(
    runtime,
    GroupMembershipsOrderField {
        by: optional::<Option<String>>("by"),
        direction: optional::<Option<super::GroupMembershipsOrderDirectionField>>("direction")
    }
);

/// The direction to order by, either ascending or descending.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupMembershipsOrderDirectionField {
    /// `ASC`
    Asc,
    /// `DESC`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, GroupMembershipsOrderDirectionField, Unknown, Asc = "ASC", Desc = "DESC");
