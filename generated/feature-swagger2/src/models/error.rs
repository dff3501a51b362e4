// @generated from specs/features/swagger2.yaml by the generator; do not edit.
//! [`Error2`] and the types nested in it, from `#/components/schemas/Error`.

#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
pub struct Error2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
