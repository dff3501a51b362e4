// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`DevicePinners`] and the types nested in it, from `#/components/schemas/DevicePinners`.

/// Device pinners
///
/// A list of device pins.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct DevicePinners {
    /// A list of device pins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<super::DevicePinner>>,
    /// The limit that was used for these entries. This will be the same as the
    /// `limit` query parameter unless that value exceeded the maximum value
    /// allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// The marker for the start of the next page of results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<i64>,
    /// The order by which items are returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Vec<super::DevicePinnersOrderField>>,
}

impl crate::runtime::Page for DevicePinners {
    type Item = super::DevicePinner;

    fn into_page(self) -> (Vec<super::DevicePinner>, crate::runtime::Cursor) {
        let cursor = crate::runtime::Cursor {
            has_next: None,
            total: None,
            next_marker: self.next_marker.as_ref().map(|marker| marker.to_string()),
        };
        (self.entries.unwrap_or_default(), cursor)
    }
}

/// The order in which a pagination is ordered.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Serialize))]
pub struct DevicePinnersOrderField {
    /// The field that is ordered by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<super::DevicePinnersOrderByField>,
    /// The direction to order by, either ascending or descending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<super::DevicePinnersOrderDirectionField>,
}

/// The field that is ordered by.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DevicePinnersOrderByField {
    /// `id`
    Id,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl DevicePinnersOrderByField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Id => "id",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for DevicePinnersOrderByField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "id" => Self::Id,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for DevicePinnersOrderByField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DevicePinnersOrderByField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DevicePinnersOrderByField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}

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

impl DevicePinnersOrderDirectionField {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for DevicePinnersOrderDirectionField {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for DevicePinnersOrderDirectionField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DevicePinnersOrderDirectionField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for DevicePinnersOrderDirectionField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
