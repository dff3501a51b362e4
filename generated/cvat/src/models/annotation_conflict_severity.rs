// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflictSeverity`] and the types nested in it, from `#/components/schemas/AnnotationConflictSeverity`.

use crate::runtime::{self, string_enum};

/// * `warning` - WARNING
/// * `error` - ERROR
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnotationConflictSeverity {
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AnnotationConflictSeverity, Unknown, Warning = "warning", Error = "error");
