// @generated from specs/features/parameters.yaml by the generator; do not edit.
//! [`Filter`] and the types nested in it, from `#/components/schemas/Filter`.

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
pub struct Filter {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}
