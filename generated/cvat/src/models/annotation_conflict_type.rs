// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`AnnotationConflictType`] and the types nested in it, from `#/components/schemas/AnnotationConflictType`.

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

impl AnnotationConflictType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MissingAnnotation => "missing_annotation",
            Self::ExtraAnnotation => "extra_annotation",
            Self::MismatchingLabel => "mismatching_label",
            Self::LowOverlap => "low_overlap",
            Self::MismatchingDirection => "mismatching_direction",
            Self::MismatchingAttributes => "mismatching_attributes",
            Self::MismatchingGroups => "mismatching_groups",
            Self::CoveredAnnotation => "covered_annotation",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for AnnotationConflictType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "missing_annotation" => Self::MissingAnnotation,
            "extra_annotation" => Self::ExtraAnnotation,
            "mismatching_label" => Self::MismatchingLabel,
            "low_overlap" => Self::LowOverlap,
            "mismatching_direction" => Self::MismatchingDirection,
            "mismatching_attributes" => Self::MismatchingAttributes,
            "mismatching_groups" => Self::MismatchingGroups,
            "covered_annotation" => Self::CoveredAnnotation,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AnnotationConflictType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AnnotationConflictType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for AnnotationConflictType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
