// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`MetadataInstanceValue`] and the types nested in it, from `#/components/schemas/MetadataInstanceValue`.

/// Metadata Instance Value
///
/// The value to be set or tested.
///
/// Required for `add`, `replace`, and `test` operations. For `add`,
/// if the value exists already the previous value will be overwritten
/// by the new value. For `replace`, the value must exist before
/// replacing.
///
/// For `test`, the existing value at the `path` location must match
/// the specified value.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "serde-both-ways", derive(serde::Deserialize))]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum MetadataInstanceValue {
    /// The `String` alternative (`#/components/schemas/MetadataInstanceValue/oneOf/0`).
    String(String),
    /// The `Integer` alternative (`#/components/schemas/MetadataInstanceValue/oneOf/1`).
    Integer(i64),
    /// The `Number` alternative (`#/components/schemas/MetadataInstanceValue/oneOf/2`).
    Number(f64),
    /// The `List` alternative (`#/components/schemas/MetadataInstanceValue/oneOf/3`).
    List(Vec<String>),
}

impl From<String> for MetadataInstanceValue {
    fn from(value: String) -> Self {
        Self::String(value)
    }
}

impl From<i64> for MetadataInstanceValue {
    fn from(value: i64) -> Self {
        Self::Integer(value)
    }
}

impl From<f64> for MetadataInstanceValue {
    fn from(value: f64) -> Self {
        Self::Number(value)
    }
}

impl From<Vec<String>> for MetadataInstanceValue {
    fn from(value: Vec<String>) -> Self {
        Self::List(value)
    }
}
