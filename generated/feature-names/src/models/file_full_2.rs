// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`FileFull2`] and the types nested in it, from `#/components/schemas/File_Full`.

use crate::runtime::{self, deserialize_struct, serialize_struct};

/// The `FileFull` schema, which the spec does not describe (`#/components/schemas/File_Full`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileFull2 {
    /// The `a` property, which the spec does not describe (`#/components/schemas/File_Full/properties/a`).
    pub a: Option<String>,
}

serialize_struct!(runtime, FileFull2 { a: optional("a") });

deserialize_struct!(runtime, FileFull2 { a: optional::<Option<String>>("a") });
