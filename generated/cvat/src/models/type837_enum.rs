// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`Type837Enum`] and the types nested in it, from `#/components/schemas/Type837Enum`.

/// * `annotate_task` - annotate_task
/// * `annotate_frame` - annotate_frame
/// * `interact` - interact
/// * `init_tracking` - init_tracking
/// * `track` - track
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type837Enum {
    /// `annotate_task`
    AnnotateTask,
    /// `annotate_frame`
    AnnotateFrame,
    /// `interact`
    Interact,
    /// `init_tracking`
    InitTracking,
    /// `track`
    Track,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl Type837Enum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AnnotateTask => "annotate_task",
            Self::AnnotateFrame => "annotate_frame",
            Self::Interact => "interact",
            Self::InitTracking => "init_tracking",
            Self::Track => "track",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for Type837Enum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "annotate_task" => Self::AnnotateTask,
            "annotate_frame" => Self::AnnotateFrame,
            "interact" => Self::Interact,
            "init_tracking" => Self::InitTracking,
            "track" => Self::Track,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for Type837Enum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Type837Enum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Type837Enum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
