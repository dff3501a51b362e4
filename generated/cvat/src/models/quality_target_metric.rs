// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityTargetMetric`] and the types nested in it, from `#/components/schemas/QualityTargetMetric`.

/// * `accuracy` - ACCURACY
/// * `precision` - PRECISION
/// * `recall` - RECALL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityTargetMetric {
    /// `accuracy`
    Accuracy,
    /// `precision`
    Precision,
    /// `recall`
    Recall,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl QualityTargetMetric {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accuracy => "accuracy",
            Self::Precision => "precision",
            Self::Recall => "recall",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for QualityTargetMetric {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "accuracy" => Self::Accuracy,
            "precision" => Self::Precision,
            "recall" => Self::Recall,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for QualityTargetMetric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for QualityTargetMetric {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for QualityTargetMetric {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
