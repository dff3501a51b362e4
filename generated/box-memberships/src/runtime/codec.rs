// @generated from templates/runtime/src/codec.rs by the generator; do not edit.
//! Serde helpers that generated models call: open string enums, the nullable-versus-absent
//! distinction of PATCH bodies, and unions dispatched on a tag property.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A string enum that keeps values this SDK version does not know (forward compatible).
pub trait StringEnum: Sized {
    /// The wire value.
    fn as_str(&self) -> &str;
    /// The variant for a wire value; unknown values land in the catch-all variant.
    fn from_wire(value: String) -> Self;
}

/// `Serialize` body for a [`StringEnum`].
pub fn serialize_enum<E: StringEnum, S: Serializer>(value: &E, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(value.as_str())
}

/// `Deserialize` body for a [`StringEnum`].
pub fn deserialize_enum<'de, E: StringEnum, D: Deserializer<'de>>(deserializer: D) -> Result<E, D::Error> {
    String::deserialize(deserializer).map(E::from_wire)
}

/// For optional nullable properties of request models: `None` leaves the property out,
/// `Some(None)` sends `null` (Box's `configurable_permissions: null` disables permissions, which
/// is not the same as leaving them alone), `Some(Some(v))` sends the value. Use with
/// `#[serde(default, skip_serializing_if = "Option::is_none", with = "...")]`.
pub mod double_option {
    use super::*;

    /// `Some(None)` as `null`, `Some(Some(v))` as `v` (`None` is skipped by the field's attribute).
    pub fn serialize<T: Serialize, S: Serializer>(value: &Option<Option<T>>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(serializer),
            None => serializer.serialize_none(),
        }
    }

    /// A present value, `null` included, as `Some(..)`; an absent one stays `None` (`default`).
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(deserializer).map(Some)
    }
}

/// The string value of `property` in a JSON object, for unions that dispatch on a tag.
pub fn tag_of<'v>(value: &'v serde_json::Value, property: &str) -> Option<&'v str> {
    value.get(property)?.as_str()
}

/// Decodes a buffered union variant, reporting failures through the outer deserializer.
pub fn variant<T: DeserializeOwned, E: serde::de::Error>(value: serde_json::Value) -> Result<T, E> {
    serde_json::from_value(value).map_err(E::custom)
}

/// The error for a union value without its tag property (a tag that no variant declares is not
/// an error: the union keeps the value in its catch-all variant).
pub fn missing_tag<E: serde::de::Error>(union: &str, property: &str) -> E {
    E::custom(format_args!("`{union}`: missing string property `{property}`"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    enum Role {
        Admin,
        Unknown(String),
    }

    impl StringEnum for Role {
        fn as_str(&self) -> &str {
            match self {
                Role::Admin => "admin",
                Role::Unknown(other) => other,
            }
        }
        fn from_wire(value: String) -> Self {
            match value.as_str() {
                "admin" => Role::Admin,
                _ => Role::Unknown(value),
            }
        }
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
        perms: Option<Option<u8>>,
    }

    #[test]
    fn unknown_enum_values_survive_a_round_trip() {
        let mut de = serde_json::Deserializer::from_str("\"owner\"");
        let role: Role = deserialize_enum(&mut de).expect("a string");
        assert_eq!(role, Role::Unknown("owner".into()));
        let mut out = Vec::new();
        serialize_enum(&role, &mut serde_json::Serializer::new(&mut out)).expect("serialises");
        assert_eq!(out, b"\"owner\"");
    }

    #[test]
    fn null_and_absent_differ() {
        let cases = [
            (Patch { perms: None }, "{}"),
            (Patch { perms: Some(None) }, r#"{"perms":null}"#),
            (Patch { perms: Some(Some(1)) }, r#"{"perms":1}"#),
        ];
        for (patch, json) in cases {
            assert_eq!(serde_json::to_string(&patch).ok().as_deref(), Some(json));
            assert_eq!(serde_json::from_str::<Patch>(json).ok(), Some(patch));
        }
    }
}
