// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobType`] and the types nested in it, from `#/components/schemas/JobType`.

/// * `annotation` - ANNOTATION
/// * `ground_truth` - GROUND_TRUTH
/// * `consensus_replica` - CONSENSUS_REPLICA
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobType {
    /// `annotation`
    Annotation,
    /// `ground_truth`
    GroundTruth,
    /// `consensus_replica`
    ConsensusReplica,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl JobType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Annotation => "annotation",
            Self::GroundTruth => "ground_truth",
            Self::ConsensusReplica => "consensus_replica",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for JobType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotation" => Self::Annotation,
            "ground_truth" => Self::GroundTruth,
            "consensus_replica" => Self::ConsensusReplica,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for JobType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for JobType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for JobType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
