// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Size`] and the types nested in it, from `#/components/schemas/Size`.

/// No common tag, so the union is untagged and tried in order.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Size {
    /// The `Integer` alternative (`#/components/schemas/Size/anyOf/0`).
    Integer(i64),
    /// The `String` alternative (`#/components/schemas/Size/anyOf/1`).
    String(String),
    /// The `List` alternative (`#/components/schemas/Size/anyOf/2`).
    List(Vec<String>),
}

impl From<i64> for Size {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<String> for Size {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<Vec<String>> for Size {
    fn from(value: Vec<String>) -> Self {
        Self::List(value)
    }
}
