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

/// Writes what every generated string enum has besides its definition: the inherent `as_str`,
/// [`StringEnum`], `Display` (the wire value), `Serialize` and `Deserialize` (as a string; a
/// value it does not know lands in the catch-all variant, which holds a `String`).
///
/// The first argument is the path of this runtime module as seen from the enum's module (see
/// `request_builder!`); then the enum, its catch-all variant, and each variant with its value:
///
/// ```text
/// string_enum!(crate::runtime, ProviderTypeEnum, Unknown, AwsS3Bucket = "AWS_S3_BUCKET", AzureContainer = "AZURE_CONTAINER");
/// ```
#[allow(unused_macros)] // Only generated code calls it.
macro_rules! string_enum {
    ($($runtime:ident)::+, $name:ident, $fallback:ident $(, $variant:ident = $wire:literal)* $(,)?) => {
        impl $name {
            /// The value as it goes on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::$fallback(value) => value,
                }
            }
        }

        impl $($runtime)::+::codec::StringEnum for $name {
            fn as_str(&self) -> &str {
                self.as_str()
            }

            fn from_wire(value: ::std::string::String) -> Self {
                match value.as_str() {
                    $($wire => Self::$variant,)*
                    _ => Self::$fallback(value),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                $($runtime)::+::codec::serialize_enum(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                $($runtime)::+::codec::deserialize_enum(deserializer)
            }
        }
    };
}
// Generated models call it by path; a spec without string enums does not call it at all.
pub(crate) use string_enum;

#[cfg(test)]
mod tests {
    use super::*;

    /// A string enum as the generator writes it; `super::super` is the runtime here and in an SDK.
    #[derive(Debug, PartialEq)]
    enum Role {
        Admin,
        Unknown(String),
    }

    string_enum!(super::super, Role, Unknown, Admin = "admin");

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
    fn string_enums_read_write_and_print_their_wire_values() {
        assert_eq!(serde_json::from_str::<Role>("\"admin\"").ok(), Some(Role::Admin));
        assert_eq!(serde_json::to_string(&Role::Admin).ok().as_deref(), Some("\"admin\""));
        assert_eq!(serde_json::from_str::<Role>("\"owner\"").ok(), Some(Role::Unknown("owner".into())));
        assert_eq!(Role::Unknown("owner".into()).to_string(), "owner");
        assert_eq!(Role::Admin.as_str(), "admin");
        assert_eq!(<Role as StringEnum>::from_wire("admin".into()), Role::Admin);
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
