// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflictType`] and the types nested in it, from `#/components/schemas/AnnotationConflictType`.

use crate::runtime::{self, string_enum};

/// * `missing_annotation` - MISSING_ANNOTATION
/// * `extra_annotation` - EXTRA_ANNOTATION
/// * `mismatching_label` - MISMATCHING_LABEL
/// * `low_overlap` - LOW_OVERLAP
/// * `mismatching_direction` - MISMATCHING_DIRECTION
/// * `mismatching_attributes` - MISMATCHING_ATTRIBUTES
/// * `mismatching_groups` - MISMATCHING_GROUPS
/// * `covered_annotation` - COVERED_ANNOTATION
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnotationConflictType {
    /// `missing_annotation`
    MissingAnnotation,
    /// `extra_annotation`
    ExtraAnnotation,
    /// `mismatching_label`
    MismatchingLabel,
    /// `low_overlap`
    LowOverlap,
    /// `mismatching_direction`
    MismatchingDirection,
    /// `mismatching_attributes`
    MismatchingAttributes,
    /// `mismatching_groups`
    MismatchingGroups,
    /// `covered_annotation`
    CoveredAnnotation,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(
    runtime,
    AnnotationConflictType,
    Unknown,
    MissingAnnotation = "missing_annotation",
    ExtraAnnotation = "extra_annotation",
    MismatchingLabel = "mismatching_label",
    LowOverlap = "low_overlap",
    MismatchingDirection = "mismatching_direction",
    MismatchingAttributes = "mismatching_attributes",
    MismatchingGroups = "mismatching_groups",
    CoveredAnnotation = "covered_annotation"
);
