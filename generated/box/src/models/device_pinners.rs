// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`DevicePinners`] and the types nested in it, from `#/components/schemas/DevicePinners`.

use crate::runtime::{self, Cursor, Page, deserialize_struct, string_enum};

/// Device pinners
///
/// A list of device pins.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct DevicePinners {
    /// A list of device pins.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub entries: Option<Vec<super::DevicePinner>>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub next_marker: Option<i64>,
    /// The order by which items are returned.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub order: Option<Vec<super::DevicePinnersOrderField>>,
}

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
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct DevicePinnersOrderField {
    /// The field that is ordered by.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub by: Option<super::DevicePinnersOrderByField>,
    /// The direction to order by, either ascending or descending.
    #[cfg_attr(feature = "serde-both-ways", serde(skip_serializing_if = "Option::is_none"))]
    pub direction: Option<super::DevicePinnersOrderDirectionField>,
}

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
