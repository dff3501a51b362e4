// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`FileFull2`] and the types nested in it, from `#/components/schemas/File_Full`.

/// The `FileFull` schema, which the spec does not describe (`#/components/schemas/File_Full`).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileFull2 {
    /// The `a` property, which the spec does not describe (`#/components/schemas/File_Full/properties/a`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}
