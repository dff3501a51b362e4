// @generated from specs/features/recursion.yaml by the generator; do not edit.
//! [`Ping`] and the types nested in it, from `#/components/schemas/Ping`.

use crate::runtime::{self, deserialize_struct};

/// The `Ping` schema, which the spec does not describe (`#/components/schemas/Ping`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Ping {
    /// The `pong` property, which the spec does not describe (`#/components/schemas/Ping/properties/pong`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pong: Option<Box<super::Pong>>,
}

deserialize_struct!(runtime, Ping { pong: optional::<Option<Box<super::Pong>>>("pong") });
