// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Shape`] and the types nested in it, from `#/components/schemas/Shape`.

use crate::runtime::codec;

/// An explicit discriminator with a mapping.
///
/// Decoded by the value of its `kind` property; a value that no variant declares is kept in [`Self::Unknown`].
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Shape {
    /// The `Circle` alternative (`#/components/schemas/Shape/oneOf/0`).
    Circle(super::Circle),
    /// The `Square` alternative (`#/components/schemas/Shape/oneOf/1`).
    Square(super::Square),
    /// A value whose `kind` this version of the SDK does not know, kept whole as received.
    Unknown(serde_json::Value),
}

impl From<super::Circle> for Shape {
    fn from(value: super::Circle) -> Self {
        Self::Circle(value)
    }
}

impl From<super::Square> for Shape {
    fn from(value: super::Square) -> Self {
        Self::Square(value)
    }
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
        match codec::tag_of(&value, "kind") {
            Some("round") => codec::variant(value).map(Self::Circle),
            Some("square") => codec::variant(value).map(Self::Square),
            Some(_) => Ok(Self::Unknown(value)),
            None => Err(codec::missing_tag("Shape", "kind")),
        }
    }
}
