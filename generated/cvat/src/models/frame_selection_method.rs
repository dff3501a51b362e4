// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`FrameSelectionMethod`] and the types nested in it, from `#/components/schemas/FrameSelectionMethod`.

use crate::runtime::{self, string_enum};

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

string_enum!(
    runtime,
    FrameSelectionMethod,
    Unknown,
    RandomUniform = "random_uniform",
    RandomPerJob = "random_per_job",
    Manual = "manual"
);
