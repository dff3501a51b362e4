// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`JobStage`] and the types nested in it, from `#/components/schemas/JobStage`.

use crate::runtime::{self, string_enum};

/// * `annotation` - ANNOTATION
/// * `validation` - VALIDATION
/// * `acceptance` - ACCEPTANCE
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JobStage {
    /// `annotation`
    Annotation,
    /// `validation`
    Validation,
    /// `acceptance`
    Acceptance,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    JobStage,
    Unknown,
    Annotation = "annotation",
    Validation = "validation",
    Acceptance = "acceptance"
);
