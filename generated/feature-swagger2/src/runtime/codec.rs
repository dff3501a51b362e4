// @generated from templates/runtime/src/codec.rs by the generator; do not edit.
//! Serde helpers that generated models call: open string enums, the nullable-versus-absent
//! distinction of PATCH bodies, and unions dispatched on a tag property.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
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

/// How a generated struct reads itself from a map (a JSON object): the body of its
/// `Deserialize`, which `deserialize_struct!` writes. [`read_struct`] is the visitor,
/// written once here instead of serde's derive per struct (a field enum, two visitors and the
/// array form that JSON APIs do not send): that derive was most of a large SDK's build time.
pub trait StructFields<'de> {
    /// The struct.
    type Output;
    /// Reads the struct's properties from `map`, skipping those it does not declare.
    fn visit<A: MapAccess<'de>>(map: A) -> Result<Self::Output, A::Error>;
}

/// The `Deserialize` body of a generated struct: `name` and `fields` are what serde's
/// `deserialize_struct` takes (the struct's name for errors, its property names).
pub fn read_struct<'de, F: StructFields<'de>, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    fields: &'static [&'static str],
) -> Result<F::Output, D::Error> {
    deserializer.deserialize_struct(name, fields, StructVisitor::<F> { name, marker: PhantomData })
}

struct StructVisitor<F> {
    name: &'static str,
    marker: PhantomData<F>,
}

impl<'de, F: StructFields<'de>> Visitor<'de> for StructVisitor<F> {
    type Value = F::Output;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", self.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        F::visit(map)
    }
}

/// A property name, borrowed from the input when it can be (JSON without escapes).
#[derive(Debug)]
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(value)))
            }

            fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<Self::Value, E> {
                Ok(Key(Cow::Owned(String::from_utf8_lossy(value).into_owned())))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Reads a property's value into its slot (`deserialize_struct!`): one call per property, so
/// that a struct's visitor holds one error branch, not one per property.
pub fn put<'de, A: MapAccess<'de>, T: Deserialize<'de>>(map: &mut A, slot: &mut Option<T>) -> Result<(), A::Error> {
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a property the struct does not declare (`deserialize_struct!`).
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(drop)
}

/// Writes a generated struct's `Deserialize` (see [`StructFields`]): each property read into a
/// local by its wire name as the type given (the field's; for `nullable`, inside its outer
/// `Option`), then the struct made of them by the property's kind (`required`,
/// `optional`: absent or `null` is `None`, `nullable`: `null` is `Some(None)`). Properties the
/// struct does not declare are skipped. The first argument is the runtime's path, as for
/// `request_builder!`:
///
/// ```text
/// deserialize_struct!(crate::runtime, User { id: required::<i64>("id"), r#type: optional::<Option<Kind>>("type") });
/// ```
#[allow(unused_macros)] // Only generated code calls it.
macro_rules! deserialize_struct {
    // A field's value from its slot, by the property's kind.
    (@take required $field:ident $wire:literal) => {
        match $field {
            ::std::option::Option::Some(value) => value,
            ::std::option::Option::None => {
                return ::std::result::Result::Err(::serde::de::Error::missing_field($wire));
            }
        }
    };
    (@take optional $field:ident $wire:literal) => {
        $field.flatten()
    };
    (@take nullable $field:ident $wire:literal) => {
        $field
    };
    ($($runtime:ident)::+, $name:ident { $($field:ident: $kind:ident::<$ty:ty $(,)?>($wire:literal)),* $(,)? }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                struct Fields;

                impl<'de> $($runtime)::+::codec::StructFields<'de> for Fields {
                    type Output = $name;

                    fn visit<A: ::serde::de::MapAccess<'de>>(
                        mut map: A,
                    ) -> ::std::result::Result<$name, A::Error> {
                        use $($runtime)::+::codec;
                        $(let mut $field: ::std::option::Option<$ty> = ::std::option::Option::None;)*
                        while let ::std::option::Option::Some(key) = map.next_key::<codec::Key<'de>>()?
                        {
                            match key.as_str() {
                                $($wire => codec::put(&mut map, &mut $field),)*
                                _ => codec::skip(&mut map),
                            }?;
                        }
                        ::std::result::Result::Ok($name {
                            $($field: codec::deserialize_struct!(@take $kind $field $wire),)*
                        })
                    }
                }

                $($runtime)::+::codec::read_struct::<Fields, D>(
                    deserializer,
                    ::std::stringify!($name),
                    &[$($wire),*],
                )
            }
        }
    };
}
// Generated models call it by path; a spec without structs does not call it at all.
pub(crate) use deserialize_struct;

/// How `serialize_struct!` writes each kind of property: whether it is written, and writing it.
pub mod ser {
    /// A required property, always written (a nullable one as `null`).
    pub mod required {
        use serde::Serialize;
        use serde::ser::SerializeStruct;

        /// Always.
        pub fn present<T>(_: &T) -> bool {
            true
        }

        /// Writes `value` under `key`, unless an earlier property failed (`result`).
        pub fn write<S: SerializeStruct, T: Serialize>(
            state: &mut S,
            result: &mut Result<(), S::Error>,
            key: &'static str,
            value: &T,
        ) {
            if result.is_ok() {
                *result = state.serialize_field(key, value);
            }
        }
    }

    /// An optional property, left out when `None`.
    pub mod optional {
        use serde::Serialize;
        use serde::ser::SerializeStruct;

        /// Unless `None`.
        pub fn present<T>(value: &Option<T>) -> bool {
            value.is_some()
        }

        /// Writes the value under `key`, or skips it, unless an earlier property failed (`result`).
        pub fn write<S: SerializeStruct, T: Serialize>(
            state: &mut S,
            result: &mut Result<(), S::Error>,
            key: &'static str,
            value: &Option<T>,
        ) {
            if result.is_ok() {
                *result = match value {
                    Some(value) => state.serialize_field(key, value),
                    None => state.skip_field(key),
                };
            }
        }
    }

    /// An optional nullable property: left out when `None`, `null` when `Some(None)`.
    pub use optional as nullable;
}

/// Writes a generated struct's `Serialize`, the counterpart of `deserialize_struct!` in place of
/// serde's derive: each field by its kind (`required`: always written, `null` for a nullable
/// one; `optional` and `nullable`: left out when `None`, `nullable` writes `Some(None)` as `null`)
/// under its wire name.
///
/// ```text
/// serialize_struct!(crate::runtime, User { id: required("id"), r#type: optional("type") });
/// ```
#[allow(unused_macros)] // Only generated code calls it.
macro_rules! serialize_struct {
    ($($runtime:ident)::+, $name:ident {}) => {
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                let state = ::serde::Serializer::serialize_struct(serializer, ::std::stringify!($name), 0)?;
                ::serde::ser::SerializeStruct::end(state)
            }
        }
    };
    ($($runtime:ident)::+, $name:ident { $($field:ident: $kind:ident($wire:literal)),* $(,)? }) => {
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                use $($runtime)::+::codec::ser;
                let len = 0 $(+ ser::$kind::present(&self.$field) as usize)*;
                let mut state = ::serde::Serializer::serialize_struct(serializer, ::std::stringify!($name), len)?;
                // The first property that fails is the error; those after it are not written.
                let mut result = ::std::result::Result::Ok(());
                $(ser::$kind::write(&mut state, &mut result, $wire, &self.$field);)*
                result?;
                ::serde::ser::SerializeStruct::end(state)
            }
        }
    };
}
// Generated models call it by path; a spec without structs does not call it at all.
pub(crate) use serialize_struct;

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

    /// A struct as the generator writes it.
    #[derive(Debug, PartialEq)]
    struct Member {
        id: i64,
        r#type: Option<String>,
        perms: Option<Option<u8>>,
    }

    deserialize_struct!(
        super::super,
        Member {
            id: required::<i64>("id"),
            r#type: optional::<Option<String>>("type"),
            perms: nullable::<Option<u8>>("perms")
        }
    );

    serialize_struct!(super::super, Member { id: required("id"), r#type: optional("type"), perms: nullable("perms") });

    /// A struct without properties.
    #[derive(Debug, PartialEq)]
    struct Nothing {}

    deserialize_struct!(super::super, Nothing {});
    serialize_struct!(super::super, Nothing {});

    #[test]
    fn structs_write_their_properties_as_serde_derive_would() {
        let json = |member: &Member| serde_json::to_string(member).unwrap_or_else(|e| e.to_string());
        assert_eq!(json(&Member { id: 1, r#type: None, perms: None }), r#"{"id":1}"#);
        assert_eq!(
            json(&Member { id: 1, r#type: Some("user".into()), perms: Some(None) }),
            r#"{"id":1,"type":"user","perms":null}"#
        );
        assert_eq!(json(&Member { id: 1, r#type: None, perms: Some(Some(2)) }), r#"{"id":1,"perms":2}"#);
        assert_eq!(serde_json::to_string(&Nothing {}).ok().as_deref(), Some("{}"));
    }

    #[test]
    fn structs_read_their_properties_and_skip_others() {
        let member = |json: &str| serde_json::from_str::<Member>(json).map_err(|e| e.to_string());
        let full = Member { id: 1, r#type: Some("user".into()), perms: Some(Some(3)) };
        assert_eq!(member(r#"{"id":1,"type":"user","perms":3,"other":[{"x":1}]}"#), Ok(full));
        assert_eq!(member(r#"{"id":1}"#), Ok(Member { id: 1, r#type: None, perms: None }));
        assert_eq!(
            member(r#"{"perms":null,"type":null,"id":1}"#),
            Ok(Member { id: 1, r#type: None, perms: Some(None) })
        );
        // An escaped name is not borrowed from the input, and still matches.
        assert_eq!(member(r#"{"\u0069d":2}"#).map(|m| m.id), Ok(2));
        assert_eq!(member(r#"{"type":"user"}"#), Err("missing field `id` at line 1 column 15".into()));
        assert_eq!(member("[1]"), Err("invalid type: sequence, expected struct Member at line 1 column 1".into()));
        assert_eq!(member(r#"{"id":"1"}"#), Err("invalid type: string \"1\", expected i64 at line 1 column 9".into()));
        let value = serde_json::json!({"id": 4, "type": "group"});
        assert_eq!(serde_json::from_value::<Member>(value).map(|m| m.id).ok(), Some(4));
        assert_eq!(serde_json::from_str::<Nothing>(r#"{"a":1}"#).ok(), Some(Nothing {}));
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
