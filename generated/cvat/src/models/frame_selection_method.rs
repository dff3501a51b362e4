// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FrameSelectionMethod`] and the types nested in it, from `#/components/schemas/FrameSelectionMethod`.

/// * `random_uniform` - RANDOM_UNIFORM
/// * `random_per_job` - RANDOM_PER_JOB
/// * `manual` - MANUAL
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FrameSelectionMethod {
    /// `random_uniform`
    RandomUniform,
    /// `random_per_job`
    RandomPerJob,
    /// `manual`
    Manual,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl FrameSelectionMethod {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RandomUniform => "random_uniform",
            Self::RandomPerJob => "random_per_job",
            Self::Manual => "manual",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for FrameSelectionMethod {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "random_uniform" => Self::RandomUniform,
            "random_per_job" => Self::RandomPerJob,
            "manual" => Self::Manual,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for FrameSelectionMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for FrameSelectionMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for FrameSelectionMethod {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
