// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqStatusStateEnum`] and the types nested in it, from `#/components/schemas/RqStatusStateEnum`.

/// * `Queued` - Queued
/// * `Started` - Started
/// * `Finished` - Finished
/// * `Failed` - Failed
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RqStatusStateEnum {
    /// `Queued`
    Queued,
    /// `Started`
    Started,
    /// `Finished`
    Finished,
    /// `Failed`
    Failed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RqStatusStateEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "Queued",
            Self::Started => "Started",
            Self::Finished => "Finished",
            Self::Failed => "Failed",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RqStatusStateEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "Queued" => Self::Queued,
            "Started" => Self::Started,
            "Finished" => Self::Finished,
            "Failed" => Self::Failed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RqStatusStateEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RqStatusStateEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RqStatusStateEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
