// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Pong`] and the types nested in it, from `#/components/schemas/Pong`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Pong` schema, which the spec does not describe (`#/components/schemas/Pong`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pong {
    /// The `ping` property, which the spec does not describe (`#/components/schemas/Pong/properties/ping`).
    pub ping: Option<Box<super::Ping>>,
}

serialize_struct!(runtime, Pong { ping: optional("ping") });

deserialize_struct!(runtime, Pong { ping: optional::<Option<Box<super::Ping>>>("ping") });
