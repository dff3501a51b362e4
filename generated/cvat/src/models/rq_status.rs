// @generated from ../shared/specs/cvat.json by the generator; do not edit.
//! [`RqStatus`] and the types nested in it, from `#/components/schemas/RqStatus`.

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
pub struct RqStatus {
    pub state: super::RqStatusStateEnum,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
}
