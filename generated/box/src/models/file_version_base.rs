// @generated from ../shared/specs/box.json by the generator; do not edit.
//! [`FileVersionBaseTypeField`] and the types nested in it, from `#/components/schemas/FileVersion--Base/properties/type`.

use crate::runtime::{self, deserialize_struct, serialize_struct, string_enum};

/// The value will always be `file_version`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileVersionBaseTypeField {
    /// `file_version`
    FileVersion,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(String),
}

string_enum!(runtime, FileVersionBaseTypeField, Unknown, FileVersion = "file_version");

/// File version (Base)
///
/// The bare basic representation of a file version, the minimal
/// amount of fields returned when using the `fields` query
/// parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct FileVersionBase {
    /// The unique identifier that represent a file version.
    pub id: String,
    /// The value will always be `file_version`.
    pub r#type: super::FileVersionBaseTypeField,
}

serialize_struct!(runtime, FileVersionBase { id: required("id"), r#type: required("type") });

deserialize_struct!(
    runtime,
    FileVersionBase { id: required::<String>("id"), r#type: required::<super::FileVersionBaseTypeField>("type") }
);
