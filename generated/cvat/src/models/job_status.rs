// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobStatus`] and the types nested in it, from `#/components/schemas/JobStatus`.

use crate::runtime::{self, string_enum};

/// * `annotation` - ANNOTATION
/// * `validation` - VALIDATION
/// * `completed` - COMPLETED
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobStatus {
    /// `annotation`
    Annotation,
    /// `validation`
    Validation,
    /// `completed`
    Completed,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    JobStatus,
    Unknown,
    Annotation = "annotation",
    Validation = "validation",
    Completed = "completed"
);
