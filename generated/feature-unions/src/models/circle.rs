// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Circle`] and the types nested in it, from `#/components/schemas/Circle`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Circle` schema, which the spec does not describe (`#/components/schemas/Circle`).
#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    /// The `kind` property, which the spec does not describe (`#/components/schemas/Circle/properties/kind`).
    pub kind: String,
    /// The `radius` property, which the spec does not describe (`#/components/schemas/Circle/properties/radius`).
    pub radius: f64,
}

serialize_struct!(runtime, Circle { kind: required("kind"), radius: required("radius") });

deserialize_struct!(runtime, Circle { kind: required::<String>("kind"), radius: required::<f64>("radius") });
