// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`OperationStatus`] and the types nested in it, from `#/components/schemas/OperationStatus`.

/// * `new` - NEW
/// * `in progress` - IN_PROGRESS
/// * `completed` - COMPLETED
/// * `rejected` - REJECTED
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OperationStatus {
    /// `new`
    New,
    /// `in progress`
    InProgress,
    /// `completed`
    Completed,
    /// `rejected`
    Rejected,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl OperationStatus {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::InProgress => "in progress",
            Self::Completed => "completed",
            Self::Rejected => "rejected",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for OperationStatus {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "new" => Self::New,
            "in progress" => Self::InProgress,
            "completed" => Self::Completed,
            "rejected" => Self::Rejected,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OperationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OperationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for OperationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
