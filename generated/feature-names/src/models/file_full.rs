// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`FileFull`] and the types nested in it, from `#/components/schemas/FileFull`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `FileFull` schema, which the spec does not describe (`#/components/schemas/FileFull`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFull {
    /// The `b` property, which the spec does not describe (`#/components/schemas/FileFull/properties/b`).
    pub b: Option<String>,
}

serialize_struct!(runtime, FileFull { b: optional("b") });

deserialize_struct!(runtime, FileFull { b: optional::<Option<String>>("b") });
