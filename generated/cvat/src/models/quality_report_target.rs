// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`QualityReportTarget`] and the types nested in it, from `#/components/schemas/QualityReportTarget`.

use crate::runtime::{self, string_enum};

/// * `job` - JOB
/// * `task` - TASK
/// * `project` - PROJECT
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QualityReportTarget {
    /// `job`
    Job,
    /// `task`
    Task,
    /// `project`
    Project,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, QualityReportTarget, Unknown, Job = "job", Task = "task", Project = "project");
