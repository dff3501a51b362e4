// @generated from specs/features/unions.yaml by the generator; do not edit.
//! [`Square`] and the types nested in it, from `#/components/schemas/Square`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Square` schema, which the spec does not describe (`#/components/schemas/Square`).
#[derive(Clone, Debug, PartialEq)]
pub struct Square {
    /// The `kind` property, which the spec does not describe (`#/components/schemas/Square/properties/kind`).
    pub kind: String,
    /// The `side` property, which the spec does not describe (`#/components/schemas/Square/properties/side`).
    pub side: f64,
}

serialize_struct!(runtime, Square { kind: required("kind"), side: required("side") });

deserialize_struct!(runtime, Square { kind: required::<String>("kind"), side: required::<f64>("side") });
