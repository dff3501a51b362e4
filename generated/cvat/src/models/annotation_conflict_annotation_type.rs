// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflictAnnotationType`] and the types nested in it, from `#/components/schemas/AnnotationConflictAnnotationType`.

use crate::runtime::{self, string_enum};

/// * `tag` - TAG
/// * `shape` - SHAPE
/// * `track` - TRACK
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AnnotationConflictAnnotationType {
    /// `tag`
    Tag,
    /// `shape`
    Shape,
    /// `track`
    Track,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, AnnotationConflictAnnotationType, Unknown, Tag = "tag", Shape = "shape", Track = "track");
