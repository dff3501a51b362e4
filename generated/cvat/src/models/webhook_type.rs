// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`WebhookType`] and the types nested in it, from `#/components/schemas/WebhookType`.

/// * `organization` - ORGANIZATION
/// * `project` - PROJECT
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WebhookType {
    /// `organization`
    Organization,
    /// `project`
    Project,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl WebhookType {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Organization => "organization",
            Self::Project => "project",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for WebhookType {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "organization" => Self::Organization,
            "project" => Self::Project,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for WebhookType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for WebhookType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for WebhookType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
