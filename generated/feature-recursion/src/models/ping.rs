// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Ping`] and the types nested in it, from `#/components/schemas/Ping`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Ping` schema, which the spec does not describe (`#/components/schemas/Ping`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ping {
    /// The `pong` property, which the spec does not describe (`#/components/schemas/Ping/properties/pong`).
    pub pong: Option<Box<super::Pong>>,
}

serialize_struct!(runtime, Ping { pong: optional("pong") });

deserialize_struct!(runtime, Ping { pong: optional::<Option<Box<super::Pong>>>("pong") });
