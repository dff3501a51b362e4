// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobType`] and the types nested in it, from `#/components/schemas/JobType`.

use crate::runtime::{self, string_enum};

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

string_enum!(
    runtime,
    JobType,
    Unknown,
    Annotation = "annotation",
    GroundTruth = "ground_truth",
    ConsensusReplica = "consensus_replica"
);
