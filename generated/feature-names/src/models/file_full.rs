// @generated from specs/features/names.yaml by the generator; do not edit.
//! [`FileFull`] and the types nested in it, from `#/components/schemas/FileFull`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FileFull {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub b: Option<String>,
}
