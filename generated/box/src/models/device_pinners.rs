// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`DevicePinners`] and the types nested in it, from `#/components/schemas/DevicePinners`.

use crate::runtime::{self, Cursor, Page, deserialize_struct, string_enum};

/// Device pinners
///
/// A list of device pins.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DevicePinners {
    /// A list of device pins.
    pub entries: Option<Vec<super::DevicePinner>>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed.
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    pub next_marker: Option<i64>,
    /// The order by which items are returned.
    pub order: Option<Vec<super::DevicePinnersOrderField>>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    DevicePinners {
        entries: optional("entries"),
        limit: optional("limit"),
        next_marker: optional("next_marker"),
        order: optional("order")
    }
);

deserialize_struct!(
    runtime,
    DevicePinners {
        entries: optional::<Option<Vec<super::DevicePinner>>>("entries"),
        limit: optional::<Option<i64>>("limit"),
        next_marker: optional::<Option<i64>>("next_marker"),
        order: optional::<Option<Vec<super::DevicePinnersOrderField>>>("order")
    }
);

impl Page for DevicePinners {
    type Item = super::DevicePinner;

    fn into_page(self) -> (Vec<super::DevicePinner>, Cursor) {
        let cursor = Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

/// The order in which a pagination is ordered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DevicePinnersOrderField {
    /// The field that is ordered by.
    pub by: Option<super::DevicePinnersOrderByField>,
    /// The direction to order by, either ascending or descending.
    pub direction: Option<super::DevicePinnersOrderDirectionField>,
}

#[cfg(feature = "serde-both-ways")]
crate::runtime::serialize_struct!(
    crate::runtime,
    DevicePinnersOrderField { by: optional("by"), direction: optional("direction") }
);

deserialize_struct!(
    runtime,
    DevicePinnersOrderField {
        by: optional::<Option<super::DevicePinnersOrderByField>>("by"),
        direction: optional::<Option<super::DevicePinnersOrderDirectionField>>("direction")
    }
);

/// The field that is ordered by.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DevicePinnersOrderByField {
    /// `id`
    Id,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DevicePinnersOrderByField, Unknown, Id = "id");

/// The direction to order by, either ascending or descending.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DevicePinnersOrderDirectionField {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, DevicePinnersOrderDirectionField, Unknown, Asc = "asc", Desc = "desc");
