// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RequestStatus`] and the types nested in it, from `#/components/schemas/RequestStatus`.

/// * `queued` - Queued
/// * `started` - Started
/// * `failed` - Failed
/// * `finished` - Finished
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequestStatus {
    /// `queued`
    Queued,
    /// `started`
    Started,
    /// `failed`
    Failed,
    /// `finished`
    Finished,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl RequestStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Started => "started",
            Self::Failed => "failed",
            Self::Finished => "finished",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for RequestStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "queued" => Self::Queued,
            "started" => Self::Started,
            "failed" => Self::Failed,
            "finished" => Self::Finished,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RequestStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for RequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
