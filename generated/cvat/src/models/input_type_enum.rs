// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`InputTypeEnum`] and the types nested in it, from `#/components/schemas/InputTypeEnum`.

/// * `checkbox` - CHECKBOX
/// * `radio` - RADIO
/// * `number` - NUMBER
/// * `text` - TEXT
/// * `select` - SELECT
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InputTypeEnum {
    /// `checkbox`
    Checkbox,
    /// `radio`
    Radio,
    /// `number`
    Number,
    /// `text`
    Text,
    /// `select`
    Select,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

impl InputTypeEnum {
    /// The value as it goes on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Checkbox => "checkbox",
            Self::Radio => "radio",
            Self::Number => "number",
            Self::Text => "text",
            Self::Select => "select",
            Self::Unknown(value) => value,
        }
    }
}

impl crate::runtime::codec::StringEnum for InputTypeEnum {
    fn as_str(&self) -> &str {
        self.as_str()
    }

    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "checkbox" => Self::Checkbox,
            "radio" => Self::Radio,
            "number" => Self::Number,
            "text" => Self::Text,
            "select" => Self::Select,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InputTypeEnum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InputTypeEnum {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::runtime::codec::serialize_enum(self, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for InputTypeEnum {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::runtime::codec::deserialize_enum(deserializer)
    }
}
