// @generated from specs/features/openapi31.yaml by the generator; do not edit.
//! [`Owner`] and the types nested in it, from `#/components/schemas/Owner`.

use crate::runtime::{self, deserialize_struct};

/// The `Owner` schema, which the spec does not describe (`#/components/schemas/Owner`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Owner {
    /// The `name` property, which the spec does not describe (`#/components/schemas/Owner/properties/name`).
    pub name: String,
}

deserialize_struct!(runtime, Owner { name: required::<String>("name") });
