// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`FileFull`] and the types nested in it, from `#/components/schemas/FileFull`.

use crate::runtime::{self, deserialize_struct};

/// The `FileFull` schema, which the spec does not describe (`#/components/schemas/FileFull`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct FileFull {
    /// The `b` property, which the spec does not describe (`#/components/schemas/FileFull/properties/b`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
}

deserialize_struct!(runtime, FileFull { b: optional::<Option<String>>("b") });
