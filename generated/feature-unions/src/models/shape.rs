// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Shape`] and the types nested in it, from `#/components/schemas/Shape`.

/// An explicit discriminator with a mapping.
///
/// Decoded by the value of its `kind` property.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Shape {
    /// The `Circle` alternative (`#/components/schemas/Shape/oneOf/0`).
    Circle(super::Circle),
    /// The `Square` alternative (`#/components/schemas/Shape/oneOf/1`).
    Square(super::Square),
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
        match crate::runtime::codec::tag_of(&value, "kind") {
            Some("round") => crate::runtime::codec::variant(value).map(Self::Circle),
            Some("square") => crate::runtime::codec::variant(value).map(Self::Square),
            tag => Err(crate::runtime::codec::unknown_tag("Shape", "kind", tag)),
        }
    }
}
