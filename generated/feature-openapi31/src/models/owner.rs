// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Owner`] and the types nested in it, from `#/components/schemas/Owner`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `Owner` schema, which the spec does not describe (`#/components/schemas/Owner`).
#[derive(Clone, Debug, PartialEq)]
pub struct Owner {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Owner/properties/name`).
    pub name: String,
}

serialize_struct!(runtime, Owner { name: required("name") });

deserialize_struct!(runtime, Owner { name: required::<String>("name") });
