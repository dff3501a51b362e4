// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`KindEnum`] and the types nested in it, from `#/components/schemas/KindEnum`.

/// * `detector` - Detector
/// * `interactor` - Interactor
/// * `reid` - Reid
/// * `tracker` - Tracker
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KindEnum {
    /// `detector`
    Detector,
    /// `interactor`
    Interactor,
    /// `reid`
    Reid,
    /// `tracker`
    Tracker,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl KindEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Detector => "detector",
            Self::Interactor => "interactor",
            Self::Reid => "reid",
            Self::Tracker => "tracker",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for KindEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "detector" => Self::Detector,
            "interactor" => Self::Interactor,
            "reid" => Self::Reid,
            "tracker" => Self::Tracker,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for KindEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for KindEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for KindEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
